import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDataList } from '../../../core/data-file';
import { isKnownHeading } from '../blocks';
import { HEADINGS_DATA, HEADINGS_FILE, WORDS_DATA, WORDS_FILE, alternation, sectionOf, wordList } from './vocabulary';

const SEEDS = new URL('../../../seeds/', import.meta.url).pathname;
const seed = (name: string) => readFileSync(SEEDS + name, 'utf8').split('\n');
const lineOf = (text: string, start: string) => text.split('\n').findIndex((l) => l.startsWith(start)) + 1;

describe('data/headings.yaml', () => {
  it('names the section each heading of the seeds opens, whatever its emphasis, case or colon', () => {
    const surrey = seed('001_9532c6c7ee9a86e4.txt');
    // Headings as the Surrey report prints them, as plain lines.
    for (const [heading, section] of [
      ['Foreword', 'foreword'],
      ['Ratings', 'ratings'],
      ['Recommendations', 'recommendations'],
      ['Background', 'background'],
      ['© Crown copyright 2024', 'front-matter'],
      ['Annexe one – Web links', 'annexe'],
    ] as const) {
      expect(surrey, heading).toContain(heading);
      expect(sectionOf(heading), heading).toBe(section);
    }
    expect(sectionOf('**Key strengths:**')).toBe('strengths');
    expect(sectionOf('<b>Areas for improvement</b>')).toBe('areas-for-improvement');
    expect(sectionOf('EXECUTIVE  SUMMARY')).toBe('executive-summary');
    expect(sectionOf('Learning from SFO investigations')).toBe('sfo-learning');
  });

  it('reads no sentence as a heading', () => {
    expect(sectionOf('Ratings were lower than in the previous inspection.')).toBeNull();
    expect(sectionOf('Annexes')).toBeNull();
    // An opening goes on for at most 80 characters: a paragraph starting "Annexe …" is prose.
    expect(sectionOf(`Annexe one ${'x'.repeat(80)}`)).toBeNull();
    expect(isKnownHeading('Our recommendations from the inspected PDUs are set out in Annexe one.')).toBe(false);
  });

  it('refuses a misspelt field or a section named twice, naming the file and line', () => {
    const text = readFileSync(HEADINGS_FILE, 'utf8');
    const misspelt = text.replace('  headings: [Foreword]', '  heading: [Foreword]');
    expect(() => parseDataList(misspelt, 'data/headings.yaml', HEADINGS_DATA)).toThrow(
      new RegExp(`^data/headings\\.yaml:${lineOf(misspelt, '  heading:')}: section \\d+ \\(foreword\\): .*unknown field heading`),
    );
    const twice = text.replace('- section: background', '- section: foreword');
    expect(() => parseDataList(twice, 'data/headings.yaml', HEADINGS_DATA)).toThrow(/^data\/headings\.yaml:\d+: section \d+ \(foreword\): section: a second section foreword$/);
  });
});

describe('data/words.yaml', () => {
  it('gives the readers their lists', () => {
    expect(wordList('recommendation-verbs')).toContain('ensure');
    expect(wordList('valedictions')).toContain('Yours sincerely');
    expect(() => wordList('no-such-list')).toThrow('data/words.yaml has no list no-such-list');
    const valediction = new RegExp(`^${alternation(wordList('valedictions'))}\\b`, 'i');
    expect(seed('004_15461f79b54104ad.txt').some((l) => valediction.test(l.trim()))).toBe(true);
  });

  it('refuses an empty list or a list named twice, naming the file and line', () => {
    const text = readFileSync(WORDS_FILE, 'utf8');
    const empty = text.replace('  words: [Yours sincerely, Yours faithfully, Yours truly]', '  words: []');
    expect(() => parseDataList(empty, 'data/words.yaml', WORDS_DATA)).toThrow(new RegExp(`^data/words\\.yaml:${lineOf(empty, '  words: []')}: list 3 \\(valedictions\\): words: `));
    const twice = text.replace('- list: valedictions', '- list: sentence-openers');
    expect(() => parseDataList(twice, 'data/words.yaml', WORDS_DATA)).toThrow(/: list 3 \(sentence-openers\): list: a second list sentence-openers$/);
  });
});
