// The imports run one way (.dependency-cruiser.cjs says which, and why): core/ imports nothing of
// ours, the pipeline never imports the site nor the site the pipeline, and nothing imports in a
// cycle. dependency-cruiser reads the TypeScript and JavaScript modules; it does not read .astro
// files, whose imports (frontmatter and <script>) are checked here by their own rule.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CONFIG = join(ROOT, '.dependency-cruiser.cjs');
const DEPCRUISE = join(ROOT, 'node_modules', '.bin', 'depcruise');

interface Violation {
  rule: string;
  from: string;
  to: string;
  cycle?: string[];
}

/** dependency-cruiser's violations for the folders of `root`, with the project's rules. */
function cruise(root: string, folders: string[]): Violation[] {
  const run = spawnSync(DEPCRUISE, ['--config', CONFIG, '--output-type', 'json', ...folders], { cwd: root, encoding: 'utf8', maxBuffer: 256 * 2 ** 20 });
  if (run.error) throw run.error;
  const result = JSON.parse(run.stdout) as { summary: { violations: { rule: { name: string }; from: string; to: string; cycle?: { name: string }[] }[] } };
  return result.summary.violations.map((v) => ({ rule: v.rule.name, from: v.from, to: v.to, ...(v.cycle ? { cycle: v.cycle.map((c) => c.name) } : {}) }));
}

/** Every relative import of an .astro file (frontmatter or <script>), resolved against the root. */
function astroImports(root: string, file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8');
  const specs = [...text.matchAll(/\b(?:import|export)\b[^'"`;]*?\bfrom\s*['"](\.{1,2}\/[^'"]+)['"]|\bimport\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)].map((m) => m[1] ?? m[2]!);
  return specs.map((s) => relative(root, resolve(root, dirname(file), s)));
}

function astroFiles(root: string, dir: string): string[] {
  return readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.astro'))
    .map((f) => join(dir, f))
    .sort();
}

/** The .astro files' imports that leave the site for the pipeline or its tools. */
function astroViolations(root: string): Violation[] {
  return astroFiles(root, 'src').flatMap((from) =>
    astroImports(root, from)
      .filter((to) => to.startsWith('scripts/'))
      .map((to) => ({ rule: 'site-not-pipeline', from, to })),
  );
}

describe('dependencies run one way', () => {
  it('in this repository: no back-edge and no cycle', () => {
    const violations = [...cruise(ROOT, ['core', 'src', 'scripts']), ...astroViolations(ROOT)];
    expect(violations, violations.map((v) => `${v.rule}: ${v.from} → ${v.to}${v.cycle ? ` (${v.cycle.join(' → ')})` : ''}`).join('\n')).toEqual([]);
  });

  it('the .astro files are read: the pages import the site libraries and core/', () => {
    const imports = astroFiles(ROOT, 'src').flatMap((f) => astroImports(ROOT, f));
    expect(imports).toContain('src/lib/data');
    expect(imports.some((i) => i.startsWith('core/'))).toBe(true);
  });

  describe('a back-edge or a cycle is found', () => {
    const root = mkdtempSync(join(tmpdir(), 'dependencies-'));
    afterAll(() => rmSync(root, { recursive: true, force: true }));
    const write = (path: string, text: string) => {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    };
    write('core/schemas.ts', "import { page } from '../src/lib/page';\nexport const schema = page;\n");
    write('src/lib/page.ts', "import { read } from '../../scripts/pipeline/read';\nexport const page = read;\n");
    write('src/lib/fine.ts', "import { schema } from '../../core/schemas';\nexport const fine = schema;\n");
    write('src/pages/index.astro', "---\nimport { read } from '../../scripts/pipeline/read';\nimport { fine } from '../lib/fine';\n---\n<p>{read}{fine}</p>\n");
    write('scripts/pipeline/read.ts', "import { fine } from '../../src/lib/fine';\nexport const read = fine;\n");
    write('scripts/pipeline/a.ts', "import { b } from './b';\nexport const a = () => b;\n");
    write('scripts/pipeline/b.ts', "import type { a } from './a';\nexport const b: typeof a | null = null;\n");
    write('scripts/pipeline/a.test.ts', "import { page } from '../../src/lib/page';\nexport const t = page;\n");

    it('each rule names its back-edge, and a test may import across', () => {
      const found = cruise(root, ['core', 'src', 'scripts']).filter((v) => v.rule !== 'no-circular');
      expect(found.map((v) => `${v.rule}: ${v.from} → ${v.to}`).sort()).toEqual([
        'core-imports-nothing-of-ours: core/schemas.ts → src/lib/page.ts',
        'pipeline-not-site: scripts/pipeline/read.ts → src/lib/fine.ts',
        'site-not-pipeline: src/lib/page.ts → scripts/pipeline/read.ts',
      ]);
    });

    it('a cycle, even through a type-only import', () => {
      const cycles = cruise(root, ['core', 'src', 'scripts']).filter((v) => v.rule === 'no-circular');
      const ab = cycles.find((v) => v.from === 'scripts/pipeline/a.ts');
      expect(ab?.cycle, JSON.stringify(cycles)).toEqual(['scripts/pipeline/b.ts', 'scripts/pipeline/a.ts']);
    });

    it('a page that imports the pipeline', () => {
      expect(astroViolations(root)).toEqual([{ rule: 'site-not-pipeline', from: 'src/pages/index.astro', to: 'scripts/pipeline/read' }]);
    });
  });
});
