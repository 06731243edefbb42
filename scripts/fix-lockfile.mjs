// Adds to package-lock.json the optional platform packages that the lock lists as
// optionalDependencies of a package but has no entry for (e.g. @pagefind/darwin-arm64).
//
// Why: when `npm install` cannot fetch an optional package for another platform (a registry
// or mirror that does not serve it answers 404), npm leaves it out of the lock file, and
// `npm ci` then refuses the lock as "out of sync" ("Missing: @pagefind/darwin-arm64@ from
// lock file"). An entry with its version, marked optional, satisfies `npm ci`; npm still
// installs only the packages for the machine's own platform, and `npm install` keeps the
// entries. Run it after regenerating the lock file:
//
//   npm run fix:lockfile && npm ci
//
// Plain Node (any version), no dependencies; rewrites the file only when something is missing.
import { readFileSync, writeFileSync } from 'node:fs';

const file = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(file, 'utf8'));
const packages = lock.packages ?? {};

/** Where npm would look for `name` from the package at `from` (its own node_modules, then up). */
function resolves(from, name) {
  let dir = from;
  for (;;) {
    const candidate = dir ? `${dir}/node_modules/${name}` : `node_modules/${name}`;
    if (packages[candidate]) return true;
    if (!dir) return false;
    const up = dir.lastIndexOf('/node_modules/');
    dir = up === -1 ? '' : dir.slice(0, up);
  }
}

const added = [];
for (const [path, entry] of Object.entries(packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    if (resolves(path, name)) continue;
    const key = `node_modules/${name}`;
    if (packages[key]) continue; // another version is hoisted; leave it to npm
    packages[key] = { version, ...(entry.dev ? { dev: true } : {}), optional: true };
    added.push(`${name}@${version}`);
  }
}

if (added.length === 0) {
  console.log('package-lock.json: no optional package is missing');
} else {
  const sorted = {};
  const keys = Object.keys(packages).sort((a, b) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b, 'en')));
  for (const key of keys) sorted[key] = packages[key];
  lock.packages = sorted;
  writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
  console.log(`package-lock.json: added ${added.length} optional package(s):\n  ${added.join('\n  ')}`);
}
