// The benchmark's synthetic documents are real documents: each kind still parses, under its
// new names only, and a corpus of them ingests with every action plan answering its own region.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDocument } from '../pipeline/parse/index';
import { assemble, reportId } from '../pipeline/assemble';
import type { ParsedDocument } from '../pipeline/types';
import { readSeeds } from '../ingest';
import { discoverNames, readSeedTexts, renamings, synthesise, writeCorpus } from './synthesise';

const SEEDS = new URL('../../seeds', import.meta.url).pathname;
const seeds = readSeedTexts(SEEDS);
const old = discoverNames(seeds);
const oldNames = [...old.regions, ...old.pdus, 'KSS', 'Kent', 'Sussex', 'Brighton', 'Bristol'];
const mentionsOld = (text: string) => oldNames.filter((n) => new RegExp(`\\b${n.replace(/,/g, ',?').replace(/ /g, '\\s+')}\\b`, 'i').test(text));

/** Every entity name a parsed document gives, wherever the parser puts one. */
function namesIn(d: ParsedDocument): string[] {
  return [
    d.title,
    d.entityName,
    d.regionName,
    ...d.entitiesMentioned.map((m) => m.name),
    ...d.verdicts.map((v) => v.entityName),
    ...d.ratings.map((r) => r.entityName),
    ...d.recommendations.flatMap((r) => [r.addressee, r.aboutEntityName]),
    ...d.actionPlanItems.flatMap((i) => i.addressees),
  ].filter((x): x is string => !!x);
}

const work = mkdtempSync(join(tmpdir(), 'synthesise-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('synthesise', () => {
  const set1 = synthesise(seeds, 2 * seeds.length).slice(seeds.length); // set 1: one of each seed
  const renaming = renamings(old, 2)[1]!;

  it('finds the regions and PDUs the seeds name', () => {
    expect(old.regions).toEqual(expect.arrayContaining(['Kent, Surrey and Sussex', 'South West']));
    expect(old.pdus).toEqual(expect.arrayContaining(['Surrey', 'West Kent', 'Dorset', 'Bristol and South Gloucestershire']));
  });

  it.each(seeds.map((s, i) => [s.name, i] as const))('%s: parses as the same kind, under new names only', (_name, i) => {
    const before = parseDocument(seeds[i]!.text.split('\n'));
    const after = parseDocument(set1[i]!.text.split('\n'));
    expect(after.kind).toBe(before.kind);
    expect(after.entityName).toBe(renaming.get(before.entityName!));
    expect(after.regionName).toBe(renaming.get(before.regionName!));
    expect(after.published).toBe(before.published);
    expect(after.recommendations.length).toBe(before.recommendations.length);
    expect(after.actionPlanItems.length).toBe(before.actionPlanItems.length);
    expect(namesIn(after).flatMap(mentionsOld)).toEqual([]);
    expect(mentionsOld(seeds[i]!.text)).not.toEqual([]); // the check bites
    expect(mentionsOld(set1[i]!.text)).toEqual([]);
    expect(reportId(after)).not.toBe(reportId(before));
  });

  it('covers every kind of document', () => {
    expect(new Set(set1.map((d) => parseDocument(d.text.split('\n')).kind))).toEqual(
      new Set(['regional-report', 'pdu-report', 'action-plan', 'regional-letter']),
    );
  });

  it('gives a corpus the ingest accepts, each action plan answering its own region’s reports', () => {
    const dir = join(work, 'docs');
    writeCorpus(SEEDS, dir, 2 * seeds.length);
    const sources = readSeeds(dir); // refuses duplicate report ids
    expect(new Set(sources.map((s) => reportId(s.doc))).size).toBe(2 * seeds.length);
    const corpus = assemble(sources);
    const regionOf = new Map(corpus.reports.map((r) => [r.data.id, r.data.region]));
    const answered = corpus.recommendations.filter((r) => r.data.response_item);
    expect(answered.length).toBeGreaterThan(0);
    for (const r of answered) expect(regionOf.get(r.data.response_item!.split('/')[0]!)).toBe(regionOf.get(r.data.report_id));
    // The same recommendations are answered in both sets, as in the seeds.
    expect(answered.length % 2).toBe(0);
  });
});
