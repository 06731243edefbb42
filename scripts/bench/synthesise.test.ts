// The benchmark's synthetic documents are real documents: each kind still parses, under its
// new names only, and a corpus of them ingests with every action plan answering its own region.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDocument } from '../pipeline/parse/index';
import { assemble, reportId } from '../pipeline/assemble';
import type { ParsedDocument } from '../pipeline/types';
import { readSeeds } from '../pipeline/ingest';
import { discoverNames, isReinspectionSet, readSeedTexts, renamings, synthesise, writeCorpus, yearLater } from './synthesise';

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

describe('synthesise with re-inspections', () => {
  const every = 2;
  const docs = synthesise(seeds, 2 * seeds.length, old, { reinspectEvery: every });
  const plain = synthesise(seeds, 2 * seeds.length, old);
  const renaming = renamings(old, 2)[1]!;
  const parsed = docs.slice(seeds.length).map((d) => parseDocument(d.text.split('\n')));

  it('leaves the other sets as they were', () => {
    expect(docs.slice(0, seeds.length)).toEqual(plain.slice(0, seeds.length));
    expect(isReinspectionSet(0, every)).toBe(false);
    expect(isReinspectionSet(1, every)).toBe(true);
  });

  it('rates one PDU three times in the re-inspection set: the letter (2021), its report, and a report a year later', () => {
    const surrey = renaming.get('Surrey')!;
    const region = renaming.get('Kent, Surrey and Sussex')!;
    const letter = parsed.find((d) => d.kind === 'regional-letter')!;
    expect(letter.regionName).toBe(region);
    expect(letter.verdicts.map((v) => v.entityName)).toContain(surrey);
    const reports = parsed.filter((d) => d.kind === 'pdu-report' && d.entityName === surrey);
    expect(reports.map((d) => d.published).sort()).toEqual(['2024-03', '2025-03']);
    expect(reports.every((d) => d.regionName === region)).toBe(true);
  });

  it('gives a corpus the ingest accepts, with distinct report ids', () => {
    const dir = join(work, 'reinspected');
    writeCorpus(SEEDS, dir, 2 * seeds.length, { reinspectEvery: every });
    const sources = readSeeds(dir);
    expect(new Set(sources.map((s) => reportId(s.doc))).size).toBe(2 * seeds.length);
    const corpus = assemble(sources);
    const surrey = corpus.entities.find((e) => e.data.name === renaming.get('Surrey'))!.data;
    const rating = corpus.reports.filter((r) => r.data.ratings.some((x) => x.entity === surrey.id)).map((r) => r.data.id);
    expect(rating).toHaveLength(3);
  });

  it('moves every year of the later report on by one', () => {
    expect(yearLater('March 2024, fieldwork 08 January 2024 (2022); 1999')).toBe('March 2025, fieldwork 08 January 2025 (2023); 1999');
  });
});
