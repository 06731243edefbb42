// Paths the site tests share, resolved from this file so they hold whatever the working directory.
import { fileURLToPath } from 'node:url';

/** The project root (the folder holding package.json). */
export const ROOT_DIR = fileURLToPath(new URL('../../', import.meta.url));

/** The built site that `npm run build` writes and the site tests read. */
export const DIST_DIR = fileURLToPath(new URL('../../dist/', import.meta.url));
