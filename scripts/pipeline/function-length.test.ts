// No function of the pipeline or of the site's libraries is over 80 lines: a reader, an
// extractor, a corpus step, a check or a page's computation that needs more is two. Functions are found by the TypeScript parser (the project's own
// `typescript`, through its API), so a nested function or a method counts on its own, and a
// function's lines run from its first token to its last.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { API } from 'typescript/unstable/sync';
import { SyntaxKind, type Node, type SourceFile } from 'typescript/unstable/ast';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const LIMIT = 80;
const FUNCTIONS = new Set([
  SyntaxKind.FunctionDeclaration,
  SyntaxKind.FunctionExpression,
  SyntaxKind.ArrowFunction,
  SyntaxKind.MethodDeclaration,
  SyntaxKind.Constructor,
  SyntaxKind.GetAccessor,
  SyntaxKind.SetAccessor,
]);

interface Fn {
  where: string;
  name: string;
  lines: number;
}

const work = mkdtempSync(join(tmpdir(), 'function-length-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Every function in the files `include` matches (tests left out), with its length in lines. */
function functions(include: string[]): Fn[] {
  const config = join(mkdtempSync(join(work, 'project-')), 'tsconfig.json');
  const exclude = include.map((p) => join(p.replace(/\*\*\/\*\.ts$/, ''), '**/*.test.ts'));
  writeFileSync(config, JSON.stringify({ compilerOptions: { noResolve: true, noLib: true, types: [] }, include, exclude }));
  const api = new API({ cwd: ROOT });
  try {
    const program = api.updateSnapshot({ openProjects: [config] }).getProject(config)!.program;
    const out: Fn[] = [];
    for (const file of program.getSourceFileNames()) {
      const sf = program.getSourceFile(file) as SourceFile;
      const line = (pos: number) => sf.getLineAndCharacterOfPosition(pos).line + 1;
      const visit = (n: Node): void => {
        if (FUNCTIONS.has(n.kind)) {
          const named = (n as unknown as { name?: Node }).name ?? (n.parent as unknown as { name?: Node }).name;
          const start = line(n.getStart(sf));
          out.push({ where: `${relative(ROOT, file)}:${start}`, name: named ? named.getText(sf) : '(anonymous)', lines: line(n.end) - start + 1 });
        }
        n.forEachChild(visit);
      };
      sf.forEachChild(visit);
    }
    return out;
  } finally {
    api.close();
  }
}

describe('functions of scripts/pipeline and src/lib', () => {
  const all = functions([join(ROOT, 'scripts/pipeline/**/*.ts'), join(ROOT, 'src/lib/**/*.ts')]);

  it(`are none over ${LIMIT} lines`, () => {
    const long = all.filter((f) => f.lines > LIMIT).map((f) => `${f.where} ${f.name}: ${f.lines} lines`);
    expect(long).toEqual([]);
  });

  it('are all found: every module, nested functions and methods included', () => {
    expect(all.length).toBeGreaterThan(500);
    expect(all.some((f) => f.where.startsWith('scripts/pipeline/inline.ts') && f.name === 'star')).toBe(true);
    expect(all.some((f) => f.where.startsWith('scripts/pipeline/corpus/') && f.name === 'records')).toBe(true);
    expect(all.some((f) => f.where.startsWith('src/lib/structure.ts') && f.name === 'locatorsOf')).toBe(true);
  });

  it('would name a function one line too long, and not one at the limit', () => {
    const body = (n: number) => Array.from({ length: n - 2 }, (_, i) => `  const x${i} = ${i};`).join('\n');
    const file = join(work, 'sample.ts');
    writeFileSync(file, `export function atLimit() {\n${body(LIMIT)}\n}\nexport const tooLong = () => {\n${body(LIMIT + 1)}\n};\n`);
    const found = functions([file]).map((f) => `${f.name} ${f.lines}`);
    expect(found).toEqual([`atLimit ${LIMIT}`, `tooLong ${LIMIT + 1}`]);
  });
});
