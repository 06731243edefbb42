import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RATINGS } from '../../../core/schemas';
import { parseDataList } from '../../../core/data-file';
import { readSeeds } from '../ingest';
import { RATINGS_FILE, RATING_WORDS, RatingScale, bandOf, maxScore, pointsOf } from './ratings';

const SEEDS = new URL('../../../seeds', import.meta.url).pathname;
const text = readFileSync(RATINGS_FILE, 'utf8');
const opts = { schema: RatingScale, shape: 'a list of ratings, best first', name: (_: unknown, i: number) => `rating ${i + 1}` };

describe('data/ratings.yaml', () => {
  it('is the site’s four ratings, best first, scoring 3/2/1/0', () => {
    expect(RATING_WORDS).toEqual([...RATINGS]);
    expect(RATING_WORDS.map(pointsOf)).toEqual([3, 2, 1, 0]);
  });

  it('gives the bands every seed agrees with: 80% and above, 65–79%, 50–64%, below 50%', () => {
    expect([100, 80, 79, 65, 64, 50, 49, 0].map(bandOf)).toEqual([
      'Outstanding', 'Outstanding', 'Good', 'Good', 'Requires improvement', 'Requires improvement', 'Inadequate', 'Inadequate',
    ]);
  });

  it('gives each verdict of the seeds its maximum score: the best points times the standards rated', () => {
    const verdicts = readSeeds(SEEDS).flatMap((s) => s.doc.verdicts.map((v) => ({ v, rated: s.doc.ratings.filter((r) => r.entityName === v.entityName).length })));
    expect(verdicts.length).toBeGreaterThan(5);
    for (const { v, rated } of verdicts) expect(v.scoreMax, v.entityName).toBe(maxScore(rated));
    expect(new Set(verdicts.map(({ v }) => v.scoreMax))).toEqual(new Set([24, 21, 27]));
  });

  it('refuses a misspelt field, a rating listed twice or a scale out of order, naming the file and line', () => {
    const misspelt = text.replace('  band_from: 65', '  band_form: 65');
    const line = misspelt.split('\n').findIndex((l) => l === '- rating: Good') + 1;
    expect(() => parseDataList(misspelt, 'data/ratings.yaml', opts)).toThrow(new RegExp(`^data/ratings\\.yaml:${line}: rating 2: .*unknown field band_form$`));
    const twice = text.replace('- rating: Good', '- rating: Outstanding');
    expect(() => parseDataList(twice, 'data/ratings.yaml', opts)).toThrow(/^data\/ratings\.yaml:\d+: rating 2: rating: Outstanding is listed twice/);
    const unordered = text.replace('  points: 2', '  points: 4');
    expect(() => parseDataList(unordered, 'data/ratings.yaml', opts)).toThrow(/^data\/ratings\.yaml:\d+: rating 2: points: Good scores no less than Outstanding: the scale runs best first$/);
    const unknown = text.replace('- rating: Good', '- rating: Fair');
    expect(() => parseDataList(unknown, 'data/ratings.yaml', opts)).toThrow(/^data\/ratings\.yaml:\d+: rating 2: rating: /);
  });
});
