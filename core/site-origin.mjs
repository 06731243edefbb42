// The site's address, which every citation, feed, calendar, sitemap and data file writes its
// URLs with: SITE_URL when set (the deployed address), else the address `npm run preview`
// serves the build at. A URL in a downloaded citation must be absolute to mean anything, so there
// is always an address; without SITE_URL the build says so (scripts/build.mjs), and writes no
// sitemap and no canonical links, which only the deployed address can make true.

export const PREVIEW_ORIGIN = 'http://127.0.0.1:4321';

/** The address absolute URLs are made with. */
export const siteUrl = (env = process.env) => env.SITE_URL || PREVIEW_ORIGIN;

/** Whether the deployed address is known (SITE_URL is set). */
export const siteConfigured = (env = process.env) => !!env.SITE_URL;

export const PREVIEW_NOTE = `SITE_URL is not set: citations, feeds, calendars and data files give addresses at the preview address ${PREVIEW_ORIGIN}; set SITE_URL to the deployed address (e.g. SITE_URL=https://findings.example.org npm run build)`;
