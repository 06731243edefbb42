import { BIB_TYPE, bibFile } from '../../../lib/cite';
import { reportCitation, reportCitationPaths } from '../../../lib/citation-endpoint';

export const getStaticPaths = reportCitationPaths;
export const GET = reportCitation(bibFile, BIB_TYPE);
