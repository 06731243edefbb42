// The combined findings files, /data/findings.json and /data/findings.csv, written after the
// pages, a report's findings at a time, from content/ (src/lib/open-data-files.ts says why they
// are not endpoints); the development server sends them the same way.
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { Standard } from '../../core/schemas';
import { findingsInIdOrder, Interner, readEntries } from '../lib/entries';
import { combinedFindingsInOrder, COMBINED_FINDINGS, CONTENT_TYPES, writeCombinedFindings } from '../lib/open-data-files';
import { siteOf } from '../lib/paths';

const standards = () => readEntries('standards', Standard, new Interner());

export function combinedFindingsFiles(): AstroIntegration {
  let origin: URL;
  return {
    name: 'probation-findings:combined-findings',
    hooks: {
      'astro:config:done': ({ config }) => {
        origin = siteOf(config.site ? new URL(config.site) : undefined);
      },
      'astro:build:done': ({ dir, logger }) => {
        writeCombinedFindings(findingsInIdOrder(), standards(), origin, fileURLToPath(new URL('data/', dir)));
        logger.info(`data/${Object.keys(COMBINED_FINDINGS).join(', data/')} written`);
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          const format = COMBINED_FINDINGS[(req.url ?? '').replace(/^\/data\//, '')];
          if (!req.url?.startsWith('/data/') || !format) return next();
          res.setHeader('Content-Type', CONTENT_TYPES[format]);
          for (const chunk of combinedFindingsInOrder(findingsInIdOrder(), standards(), origin, format)) res.write(chunk);
          res.end();
        });
      },
    },
  };
}
