// Which way the code's imports may run (docs/architecture.md, "Dependencies"). `core/` is the
// shared model (schemas, shared data loaders, text helpers) that the pipeline and the site both
// import; it imports neither. The pipeline (reading documents into content/) never imports the
// site, and the site (src/: pages, their libraries, the browser code) never imports the pipeline,
// so either can change without the other. Tools that work on the built site (the search index,
// the bench, the screenshots) and tests may import both. No import cycles anywhere.
//
// Checked in `npm test` (scripts/dependencies.test.ts, which also checks the .astro files'
// imports, which dependency-cruiser does not read); by hand: `npm run check:deps`.
const TEST = '\\.test\\.ts$';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'An import cycle: one of its modules cannot be read, tested or moved without the others.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'core-imports-nothing-of-ours',
      comment: 'core/ is what the pipeline and the site share: it imports neither, nor any tool or test.',
      severity: 'error',
      from: { path: '^core/', pathNot: TEST },
      to: { path: '^(src|scripts|tests)/' },
    },
    {
      name: 'site-not-pipeline',
      comment: 'The site reads content/ and core/; it never imports the pipeline or its tools.',
      severity: 'error',
      from: { path: '^src/', pathNot: TEST },
      to: { path: '^scripts/' },
    },
    {
      name: 'pipeline-not-site',
      comment:
        'The pipeline writes content/ with core/; it never imports the site. (The typography suite is a test harness: it reads a variant\'s facts as the open data gives them.)',
      severity: 'error',
      from: { path: '^scripts/(pipeline/|ingest\\.ts$|check\\.ts$)', pathNot: [TEST, '^scripts/pipeline/typography/'] },
      to: { path: '^src/' },
    },
  ],
  options: {
    // The TypeScript compiler the project uses (7, native) has no API dependency-cruiser can call; swc reads TypeScript as well.
    parser: 'swc',
    tsPreCompilationDeps: true,
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)node_modules/' },
  },
};
