// Adding a document (issue 9, items 4 and 5): `npm run ingest -- --check FILE…` on every seed
// and on refused documents; refusals that say where, what was expected, what was found and what
// to do; `--skip-refused` (and SKIP_REFUSED=1) writing the rest and listing the refused, while
// the default still refuses and writes nothing.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkFiles, formatCheck } from './check';
import { ingest } from './pipeline/ingest';
import { readCollection, readFindings } from './read-content';
import { describeRefusal } from './pipeline/refusal';
import { ParseError } from './pipeline/types';
import { isMetaFile } from './pipeline/meta';

const ROOT = new URL('..', import.meta.url).pathname;
const SEEDS = join(ROOT, 'seeds');
const seedFiles = readdirSync(SEEDS).filter((n) => !n.startsWith('.') && !isMetaFile(n) && statSync(join(SEEDS, n)).isFile()).sort();
const seedText = (name: string) => readFileSync(join(SEEDS, name), 'utf8');
const seedWith = (needle: string) => seedFiles.find((n) => seedText(n).includes(needle))!;
const REGIONAL = seedWith('Kent, Surrey and Sussex region should:');
const PDU = seedWith('Surrey PDU should:');
const PLAN = seedWith('Action Plan Submitted');
const LETTER = seedFiles.find((n) => /^\s*Dear /m.test(seedText(n)))!;
const work = mkdtempSync(join(tmpdir(), 'check-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function cli(args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/ingest.ts'), ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env } });
}
/** The lines of one file's block in the --check output. */
function block(output: string, file: string): string[] {
  const lines = output.split('\n');
  const start = lines.findIndex((l) => l.startsWith(`${file}: `));
  if (start < 0) throw new Error(`no block for ${file} in:\n${output}`);
  const end = lines.findIndex((l, i) => i > start && l === '');
  return lines.slice(start, end < 0 ? undefined : end);
}
const field = (lines: string[], name: string) => lines.find((l) => l.startsWith(`  ${name}:`))?.slice(`  ${name}:`.length).trim();

describe('--check on every seed', () => {
  let output = '';
  let status: number | null = null;
  const content = join(work, 'content');
  beforeAll(async () => {
    // The seeds as the project's own ingest writes them, to compare the counts with.
    await ingest(SEEDS, content);
    const r = cli(['--check', ...seedFiles.map((n) => `seeds/${n}`)]);
    output = r.stdout;
    status = r.status;
    // An ingest and a CLI run: on two busy cores this outlasts the default 10 s of a hook.
  }, 120_000);

  it('exits 0, writes nothing and ends with a summary', () => {
    expect(status).toBe(0);
    expect(output.trimEnd().split('\n').pop()).toBe(`check: ${seedFiles.length} files, ${seedFiles.length} ok, 0 refused; nothing written`);
  });

  it('reads the regional report', () => {
    const b = block(output, `seeds/${REGIONAL}`);
    expect(b[0]).toBe(`seeds/${REGIONAL}: ok`);
    expect(field(b, 'kind')).toBe('regional-report (regional inspection report)');
    expect(field(b, 'id')).toBe('kent-surrey-and-sussex-regional-inspection-2024-05');
    expect(field(b, 'entity')).toBe('Kent, Surrey and Sussex (region)');
    expect(field(b, 'region')).toBe('Kent, Surrey and Sussex (region)');
    expect(field(b, 'published')).toBe('2024-05');
    expect(field(b, 'framework')).toBe('2023');
    expect(field(b, 'verdict')).toBe('Kent, Surrey and Sussex (region): Requires improvement, score 5/24, fieldwork started 2024-01-22 (line 89)');
    expect(field(b, 'ratings')).toBe('8');
    const ratings = b.filter((l) => /^ {4}R \d\.\d/.test(l)).map((l) => l.trim().replace(/\s{2,}/g, ' | '));
    expect(ratings).toEqual([
      'R 1.1 Leadership | Requires improvement (line 101)',
      'R 1.2 Staffing | Requires improvement (line 107)',
      'R 2.1 Public protection | Inadequate (line 115)',
      'R 2.2 Desistance | Inadequate (line 121)',
      'R 2.3 Court work | Inadequate (line 127)',
      'R 2.4 Unpaid work | Inadequate (line 133)',
      'R 2.5 Resettlement | Inadequate (line 139)',
      'R 2.6 Statutory victim work | Outstanding (line 145)',
    ]);
    expect(field(b, 'key questions')).toBe('17');
    expect(field(b, 'recommendations')).toBe('16');
    expect(field(b, 'action-plan items')).toBe('0');
    expect(field(b, 'footnotes')).toBe('12');
    // The regional report's 16 recommendations are items 14–29 of the plan, one to one.
    expect(field(b, 'responses')).toBe('16 of 16 recommendations answered');
    expect(b).toContain('    rec 1 to Kent, Surrey and Sussex region ← kent-surrey-and-sussex-action-plan-2024-05-06/item-14 (1.00)');
    expect(b).toContain('    rec 16 to HM Prison and Probation Service (HMPPS) ← kent-surrey-and-sussex-action-plan-2024-05-06/item-29 (1.00)');
    expect(field(b, 'warnings')).toBe('0');
  });

  it('reads the PDU report', () => {
    const b = block(output, `seeds/${PDU}`);
    expect(field(b, 'kind')).toBe('pdu-report (PDU inspection report)');
    expect(field(b, 'entity')).toBe('Surrey (PDU)');
    expect(field(b, 'region')).toBe('Kent, Surrey and Sussex (region)');
    expect(field(b, 'published')).toBe('2024-03');
    expect(field(b, 'verdict')).toBe('Surrey (PDU): Inadequate, score 3/21, fieldwork started 2024-01-15 (line 88)');
    expect(field(b, 'ratings')).toBe('7');
    expect(b.filter((l) => /^ {4}P \d\.\d/.test(l)).map((l) => l.trim().replace(/\s{2,}/g, ' | '))).toEqual([
      'P 1.1 Leadership | Requires improvement (line 100)',
      'P 1.2 Staffing | Requires improvement (line 106)',
      'P 1.3 Services | Requires improvement (line 112)',
      'P 2.1 Assessment | Inadequate (line 120)',
      'P 2.2 Planning | Inadequate (line 126)',
      'P 2.3 Implementation and delivery | Inadequate (line 132)',
      'P 2.4 Reviewing | Inadequate (line 138)',
    ]);
    expect([field(b, 'key questions'), field(b, 'recommendations'), field(b, 'action-plan items'), field(b, 'footnotes')]).toEqual(['12', '7', '0', '7']);
    expect(field(b, 'responses')).toBe('5 of 7 recommendations answered');
    expect(b.filter((l) => l.startsWith('    rec ')).map((l) => l.replace(/^.*← /, ''))).toEqual([
      'kent-surrey-and-sussex-action-plan-2024-05-06/item-1 (1.00)',
      'no response found',
      'kent-surrey-and-sussex-action-plan-2024-05-06/item-3 (1.00)',
      'kent-surrey-and-sussex-action-plan-2024-05-06/item-6 (1.00)',
      'no response found',
      'kent-surrey-and-sussex-action-plan-2024-05-06/item-4 (1.00)',
      'kent-surrey-and-sussex-action-plan-2024-05-06/item-13 (1.00)',
    ]);
    expect(field(b, 'warnings')).toBe('2');
    expect(b.filter((l) => l.startsWith('    line ')).map((l) => l.replace(/ \(“.*$/, ''))).toEqual([
      '    line 151: recommendation-without-response: Recommendation 2 to Surrey PDU',
      '    line 154: recommendation-without-response: Recommendation 5 to Surrey PDU',
    ]);
  });

  it('reads the action plan', () => {
    const b = block(output, `seeds/${PLAN}`);
    expect(field(b, 'kind')).toBe('action-plan (HMPPS action plan)');
    expect(field(b, 'id')).toBe('kent-surrey-and-sussex-action-plan-2024-05-06');
    expect(field(b, 'entity')).toBe('Kent, Surrey and Sussex (region)');
    expect(field(b, 'published')).toBe('2024-05-06');
    expect([field(b, 'ratings'), field(b, 'key questions'), field(b, 'recommendations'), field(b, 'action-plan items'), field(b, 'footnotes')]).toEqual(['0', '0', '0', '27', '0']);
    expect(field(b, 'responses')).toBe('22 of 27 items answer a recommendation');
    expect(b).toContain('    item 1 (Agreed) → surrey-pdu-inspection-2024-03/rec-1 (1.00), west-kent-pdu-inspection-2024-03/rec-3 (1.00)');
    expect(b).toContain('    item 11 (Agreed) → west-kent-pdu-inspection-2024-03/rec-4 (1.00)');
    expect(b).toContain('    item 2 (Agreed) → no recommendation found');
    expect(b).toContain('    item 28 (Partly Agreed) → kent-surrey-and-sussex-regional-inspection-2024-05/rec-15 (1.00)');
    expect(field(b, 'warnings')).toBe('9');
    expect(b).toContain('    line 91: action-plan-gap: Action plan items 9, 10 are missing from the document (items run 1–29).');
    expect(b).toContain(
      '    line 102: orphan-row: The row at line 102 (“protected characteristic is monitored and addressed.”) continues an action plan item missing from the document; it is shown in place, as a row of no item. Its words complete recommendation 2 to West Kent PDU.',
    );
    expect(b).toContain(
      "    line 192: action-plan-totals: The plan's totals do not match the items found: Agreed 27 stated, 25 found; Total 29 stated, 27 found.",
    );
    expect(b.filter((l) => l.includes('item-without-recommendation'))).toHaveLength(5);
  });

  it('reads the regional letter', () => {
    const b = block(output, `seeds/${LETTER}`);
    expect(field(b, 'kind')).toBe('regional-letter (regional letter)');
    expect(field(b, 'entity')).toBe('South West (region)');
    expect(field(b, 'published')).toBe('2023-08-24');
    expect(field(b, 'framework')).toBe('2021');
    expect(b.filter((l) => l.startsWith('  verdict:')).map((l) => l.slice(21))).toEqual([
      'Somerset (PDU): Requires improvement, score 8/27, fieldwork started 2023-06 (line 331)',
      'Dorset (PDU): Inadequate, score 3/27, fieldwork started 2023-06 (line 345)',
      'Bristol and South Gloucestershire (PDU): Requires improvement, score 6/27, fieldwork started 2023-06 (line 359)',
    ]);
    expect(field(b, 'ratings')).toBe('27');
    const ratings = b.filter((l) => / \(line \d+\)$/.test(l) && l.startsWith('    ')).map((l) => l.trim().replace(/\s{2,}/g, ' | '));
    expect(ratings).toHaveLength(27);
    expect(ratings[0]).toBe('Somerset (PDU) | 1.1 Leadership | Requires improvement (line 334)');
    expect(ratings[26]).toBe('Bristol and South Gloucestershire (PDU) | 2.5 Reviewing | Inadequate (line 371)');
    expect([field(b, 'key questions'), field(b, 'recommendations'), field(b, 'action-plan items'), field(b, 'footnotes')]).toEqual(['0', '33', '0', '0']);
    // The letter's region has no action plan.
    expect(field(b, 'responses')).toBe('0 of 33 recommendations answered');
    expect(b).toContain('    rec-somerset-1 to Somerset PDU ← no response found');
    expect(field(b, 'warnings')).toBe('2');
    expect(b).toContain("    recommendation-without-response: No action plan in the collection answers this document's 33 recommendations.");
    // North East is named once, in passing: no page of its own, a note instead.
    expect(b).toContain('    line 241: passing-mention: North East region is named at line 241 but not inspected, rated or addressed in this document, so it gets no page of its own.');
  });

  it('counts sections, findings and the rest as the ingest writes them', () => {
    const reports = readCollection<{ id: string; source_file: string; outline: { type: string }[] }>(content, 'reports');
    const findings = readFindings(content);
    const count = (name: string, id: string) => readCollection<{ report_id: string }>(content, name).filter((x) => x.report_id === id).length;
    for (const r of reports) {
      const b = block(output, r.source_file);
      expect(field(b, 'id'), r.source_file).toBe(r.id);
      expect(Number(field(b, 'sections')), r.id).toBe(r.outline.filter((o) => o.type === 'heading').length);
      expect(Number(field(b, 'findings')), r.id).toBe(findings.filter((f) => f.report_id === r.id).length);
      expect(Number(field(b, 'key questions')), r.id).toBe(count('key-questions', r.id));
      expect(Number(field(b, 'recommendations')), r.id).toBe(count('recommendations', r.id));
      expect(Number(field(b, 'action-plan items')), r.id).toBe(count('action-plan-items', r.id));
      expect(Number(field(b, 'footnotes')), r.id).toBe(count('footnotes', r.id));
    }
    expect(Number(field(block(output, `seeds/${PDU}`), 'findings'))).toBeGreaterThan(100);
  });

  it('is deterministic', () => {
    expect(cli(['--check', ...seedFiles.map((n) => `seeds/${n}`)]).stdout).toBe(output);
  });
});

describe('--check on a new document', () => {
  it('reads a file outside seeds/ with the seeds: a copy of the plan under its own name is a duplicate', () => {
    const dir = mkdtempSync(join(work, 'new-'));
    const file = join(dir, 'plan-copy.txt');
    writeFileSync(file, seedText(PLAN));
    const r = cli(['--check', file]);
    expect(r.status).toBe(1);
    const b = block(r.stdout, file);
    expect(b).toEqual([
      `${file}: REFUSED`,
      `  ${file}:1: duplicates seeds/${PLAN}: both are the action-plan kent-surrey-and-sussex-action-plan-2024-05-06`,
      '    expected: a document not already in the collection',
      `    found:    the same action-plan as seeds/${PLAN} (kent-surrey-and-sussex-action-plan-2024-05-06)`,
      `    hint:     Each document once: if this is a corrected copy of seeds/${PLAN}, replace that file with it rather than adding a second one.`,
    ]);
  });

  it('takes a file of the same name as a seed in its place: a corrected PDU report', () => {
    const dir = mkdtempSync(join(work, 'same-name-'));
    const file = join(dir, PDU);
    writeFileSync(file, seedText(PDU).replace('P 2.2 Planning\n\nInadequate', 'P 2.2 Planning\n\nRequires improvement'));
    const r = cli(['--check', file]);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain(`note: ${file} takes the place of seeds/${PDU} (same name) in this check`);
    const b = block(r.stdout, file);
    expect(b.find((l) => l.includes('P 2.2 Planning'))!.trim().replace(/\s{2,}/g, ' | ')).toBe('P 2.2 Planning | Requires improvement (line 126)');
    // The score no longer adds up: the check says so, as the build would.
    expect(b.filter((l) => l.includes('score-sum'))).toEqual(['    line 88: score-sum: Stated score 3 for pdu-surrey differs from the sum of its standards\' ratings (4).']);
    // Its recommendations are still answered by the plan.
    expect(field(b, 'responses')).toBe('5 of 7 recommendations answered');
  });

  it('refuses a document with an unknown rating word: file:line, expected, found, hint; exit 1', () => {
    const dir = mkdtempSync(join(work, 'odd-'));
    const file = join(dir, 'odd.txt');
    writeFileSync(file, seedText(PDU).replace('P 2.2 Planning\n\nInadequate', 'P 2.2 Planning\n\nSatisfactory'));
    const notes = join(dir, 'notes.txt');
    writeFileSync(notes, 'Minutes of the team meeting\n\nWe discussed the weather.\n');
    const r = cli(['--check', `seeds/${PDU}`, file, notes]);
    expect(r.status).toBe(1);
    // The seed it was copied from still reads.
    expect(block(r.stdout, `seeds/${PDU}`)[0]).toBe(`seeds/${PDU}: ok`);
    expect(block(r.stdout, file)).toEqual([
      `${file}: REFUSED`,
      `  ${file}:128: unknown rating "Satisfactory" for standard P 2.2; expected one of Outstanding, Good, Requires improvement, Inadequate`,
      '    expected: one of Outstanding, Good, Requires improvement, Inadequate, for standard P 2.2',
      '    found:    “Satisfactory”',
      '    hint:     Ratings are read as written, never guessed: correct a typo or extraction slip against the published PDF. A different rating scale needs a parser change.',
    ]);
    const n = block(r.stdout, notes);
    expect(n[1]).toMatch(new RegExp(`^  ${notes.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:1: unrecognised document kind: expected an inspection report`));
    expect(n[2]).toMatch(/^ {4}expected: an inspection report \(cover "An inspection of probation services in:" and a Ratings section\), a regional letter/);
    expect(n[3]).toBe('    found:    a document that begins “Minutes of the team meeting” and has none of these markers');
    expect(n[4]).toMatch(/^ {4}hint: {5}The ingest reads four kinds of document \(docs\/domain\.md\)\./);
    expect(r.stdout.trimEnd().split('\n').pop()).toBe('check: 3 files, 1 ok, 2 refused; nothing written');
  });

  it('writes nothing', () => {
    const dir = mkdtempSync(join(work, 'nothing-'));
    const out = join(dir, 'content');
    const r = cli(['--check', `seeds/${PDU}`, '--out', out]);
    expect(r.status).toBe(0);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('needs files, and a file that exists', () => {
    expect(cli(['--check']).stderr).toMatch(/ingest: error: --check needs the files to check/);
    const r = cli(['--check', 'no/such.txt']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/ingest: error: no\/such\.txt: no such file/);
    expect(cli(['seeds']).stderr).toMatch(/ingest: error: unexpected argument seeds/);
  });
});

describe('refusals say what was expected, what was found and what to do', () => {
  const pdu = seedText(PDU).split('\n');
  const without = (from: number, to: number) => [...pdu.slice(0, from - 1), ...pdu.slice(to)].join('\n');
  // The common refusals, made from the PDU report; each must name the line, what was expected
  // there, what was found and a hint that is not the generic one.
  it.each([
    ['a truncated document', [...pdu.slice(0, 440), 'Full data from this inspection and further information about the'].join('\n'),
      { line: 441, reason: /^the document ends mid-sentence/, expected: /complete last sentence/, found: 'the text stops at “…ection and further information about the”', hint: /cut short/ }],
    ['a missing standard section', pdu.slice(0, 400).join('\n'),
      { line: 400, reason: /^no section for standard P 2\.4 in the body/, expected: /section in the body of the report for each rated standard, here P 2\.4/, found: 'the end of the file (line 400) without one', hint: /heading survived the extraction/ }],
    ['a key-question table outside a standard section', without(324, 324),
      { line: 331, reason: /^key-question table outside a standard section/, expected: /inside a standard’s section/, found: "a table row before any standard’s section: line 331: “Key question Percentage 'Yes'”", hint: /heading above this table is missing/ }],
    ['no ratings', without(84, 141),
      { line: 386, reason: /^no ratings found/, expected: /a Ratings section listing each standard/, found: 'the end of the file (line 386) without one', hint: /Ratings page survived the extraction/ }],
  ] as const)('%s', (_what, text, want) => {
    const dir = mkdtempSync(join(work, 'refusal-'));
    const file = join(dir, 'doc.txt');
    writeFileSync(file, text);
    const { files } = checkFiles(SEEDS, [file], ROOT);
    const r = files[0]!.refusal!;
    expect(r).not.toBeNull();
    expect(r.file).toBe(file);
    expect(r.line).toBe(want.line);
    expect(r.reason).toMatch(want.reason);
    expect(r.expected).toMatch(want.expected);
    const found: string | RegExp = want.found;
    if (typeof found === 'string') expect(r.found).toBe(found);
    else expect(r.found).toMatch(found);
    expect(r.hint).toMatch(want.hint);
    expect(formatCheck({ files, notes: [] }).split('\n').slice(0, 5).map((l) => l.replace(/:.*$/, ':'))).toEqual([
      `${file}:`, `  ${file}:`, '    expected:', '    found:', '    hint:',
    ]);
  });

  it('keeps details a parser gives, and quotes the line when it knows nothing else', () => {
    const lines = ['first', '', 'third line of text'];
    const own = describeRefusal('x.txt', new ParseError(3, 'something new', { expected: 'A', found: 'B', hint: 'C' }), lines);
    expect([own.expected, own.found, own.hint]).toEqual(['A', 'B', 'C']);
    const other = describeRefusal('x.txt', new ParseError(3, 'something new'), lines);
    expect(other.expected).toBeNull();
    expect(other.found).toBe('line 3: “third line of text”');
    expect(other.hint).toMatch(/Adding a document/);
    expect(describeRefusal('x.txt', new ParseError(2, 'something new'), lines).found).toBe('a blank line 2');
  });

  it('the first line stays "file:line: reason"', () => {
    const e = new ParseError(7, 'unknown rating "Fair" for standard P 1.1; expected one of Outstanding, Good, Requires improvement, Inadequate');
    const r = describeRefusal('seeds/x.txt', e, null);
    expect(`${r.file}:${r.line}: ${r.reason}`).toBe(`seeds/x.txt:7: ${e.reason}`);
    expect(r.found).toBe('“Fair”');
  });
});

describe('--skip-refused', () => {
  function setUp() {
    const dir = mkdtempSync(join(work, 'skip-'));
    const seeds = join(dir, 'seeds');
    cpSync(SEEDS, seeds, { recursive: true });
    writeFileSync(join(seeds, 'notes.txt'), 'Minutes of the team meeting\n\nWe discussed the weather.\n');
    writeFileSync(join(seeds, 'odd.txt'), seedText(PDU).replace('P 2.2 Planning\n\nInadequate', 'P 2.2 Planning\n\nSatisfactory'));
    const out = join(dir, 'content');
    mkdirSync(out);
    writeFileSync(join(out, 'sentinel.md'), 'previous content\n');
    return { dir, seeds, out };
  }
  const shown = (p: string) => relative(ROOT, p);

  it('by default refuses, exits 1, names every refused file and writes nothing', () => {
    const { seeds, out } = setUp();
    const r = cli(['--seeds', seeds, '--out', out]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`ingest: error: ${shown(join(seeds, 'notes.txt'))}:1: unrecognised document kind`);
    expect(r.stderr).toContain('  found:    a document that begins “Minutes of the team meeting”');
    expect(r.stderr).toContain(`  also refused: ${shown(join(seeds, 'odd.txt'))}:128: unknown rating "Satisfactory"`);
    expect(readdirSync(out)).toEqual(['sentinel.md']);
  });

  it.each([
    ['--skip-refused', ['--skip-refused'], {}],
    ['SKIP_REFUSED=1', [], { SKIP_REFUSED: '1' }],
  ] as const)('with %s writes the rest, lists the refused in the log and in content, and exits 0', (_how, args, env) => {
    const { seeds, out } = setUp();
    const r = cli(['--seeds', seeds, '--out', out, ...args], env);
    expect(r.status).toBe(0);
    const [notes, odd] = [shown(join(seeds, 'notes.txt')), shown(join(seeds, 'odd.txt'))];
    expect(r.stderr).toContain(`refused: ${notes}:1: unrecognised document kind`);
    expect(r.stderr).toContain(`refused: ${odd}:128: unknown rating "Satisfactory"`);
    expect(r.stdout).toMatch(new RegExp(`skipped 2 refused documents: ${notes}, ${odd}$`, 'm'));
    const reports = readCollection<{ source_file: string }>(out, 'reports');
    expect(reports.map((x) => x.source_file.split('/').pop()).sort()).toEqual(seedFiles);
    const refused = JSON.parse(readFileSync(join(out, 'refused.json'), 'utf8'));
    expect(refused.map((x: { source_file: string; line: number }) => `${x.source_file}:${x.line}`)).toEqual([`${notes}:1`, `${odd}:128`]);
    expect(refused[1].reason).toMatch(/^unknown rating "Satisfactory" for standard P 2\.2/);
    expect(refused[1]).toMatchObject({ expected: 'one of Outstanding, Good, Requires improvement, Inadequate, for standard P 2.2', found: '“Satisfactory”' });
    expect(existsSync(join(out, 'sentinel.md'))).toBe(false);
  });

  it('leaves the seeds\' content as it was: no refused.json, the same files', async () => {
    const a = join(work, 'plain');
    const b = join(work, 'skipping');
    await ingest(SEEDS, a);
    await ingest(SEEDS, b, { skipRefused: true });
    const list = (d: string) => (readdirSync(d, { recursive: true, encoding: 'utf8' }) as string[]).sort();
    expect(list(b)).toEqual(list(a));
    expect(existsSync(join(a, 'refused.json'))).toBe(false);
    for (const f of list(a)) if (statSync(join(a, f)).isFile()) expect(readFileSync(join(b, f), 'utf8'), f).toBe(readFileSync(join(a, f), 'utf8'));
  });

  it('still fails when every document is refused', () => {
    const dir = mkdtempSync(join(work, 'all-bad-'));
    mkdirSync(join(dir, 'seeds'));
    writeFileSync(join(dir, 'seeds', 'notes.txt'), 'Minutes\n');
    const r = cli(['--seeds', join(dir, 'seeds'), '--out', join(dir, 'content'), '--skip-refused']);
    expect(r.status).toBe(1);
    expect(existsSync(join(dir, 'content'))).toBe(false);
  });
});
