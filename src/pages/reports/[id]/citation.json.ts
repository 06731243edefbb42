import { CSL_TYPE, cslFile } from '../../../lib/cite';
import { reportCitation, reportCitationPaths } from '../../../lib/citation-endpoint';

export const getStaticPaths = reportCitationPaths;
export const GET = reportCitation(cslFile, CSL_TYPE);
