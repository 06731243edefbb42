import { cslFile } from '../../../lib/cite';
import { reportCitation, reportCitationPaths } from '../../../lib/citation-endpoint';

export const getStaticPaths = reportCitationPaths;
export const GET = reportCitation(cslFile, 'application/vnd.citationstyles.csl+json; charset=utf-8');
