// Setup file of the `site` project: fails each site test file at once, with the reason, when
// the global setup (build-site.ts) could not build the site.
import { beforeAll, inject } from 'vitest';

beforeAll(() => {
  const error = inject('siteBuildError');
  if (error) throw new Error(`The site was not built: ${error}`);
});
