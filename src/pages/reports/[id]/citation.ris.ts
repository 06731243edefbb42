import { RIS_TYPE, risFile } from '../../../lib/cite';
import { reportCitation, reportCitationPaths } from '../../../lib/citation-endpoint';

export const getStaticPaths = reportCitationPaths;
export const GET = reportCitation(risFile, RIS_TYPE);
