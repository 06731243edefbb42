// The rating scale is data (data/ratings.yaml): the words, the points each scores and the band
// of key-question percentages each stands for, read once through the data-file reader.
import { fileURLToPath } from 'node:url';
import { z } from 'astro/zod';
import { RATINGS, Rating } from '../../../core/schemas';
import { loadDataList, type DataListOptions } from '../../../core/data-file';

export const RatingStep = z
  .object({
    rating: Rating,
    points: z.number().int().nonnegative(),
    band_from: z.number().min(0).max(100),
  })
  .strict();
export type RatingStep = z.infer<typeof RatingStep>;

/** The scale, best first: every rating once, points and bands falling, the last band from 0. */
export const RatingScale = z.array(RatingStep).superRefine((steps, ctx) => {
  const seen = new Set<string>();
  steps.forEach((s, i) => {
    if (seen.has(s.rating)) ctx.addIssue({ code: 'custom', path: [i, 'rating'], message: `${s.rating} is listed twice` });
    seen.add(s.rating);
    const prev = steps[i - 1];
    if (prev && s.points >= prev.points) ctx.addIssue({ code: 'custom', path: [i, 'points'], message: `${s.rating} scores no less than ${prev.rating}: the scale runs best first` });
    if (prev && s.band_from >= prev.band_from) ctx.addIssue({ code: 'custom', path: [i, 'band_from'], message: `${s.rating}'s band starts no lower than ${prev.rating}'s` });
  });
  const missing = RATINGS.filter((r) => !seen.has(r));
  if (missing.length) ctx.addIssue({ code: 'custom', path: [], message: `the scale lacks ${missing.join(', ')}` });
  const last = steps[steps.length - 1];
  if (last && last.band_from !== 0) ctx.addIssue({ code: 'custom', path: [steps.length - 1, 'band_from'], message: 'the lowest band starts at 0' });
});

/** The project's rating scale file. */
export const RATINGS_FILE = fileURLToPath(new URL('../../../data/ratings.yaml', import.meta.url));

const SCALE_FILE: DataListOptions<RatingStep> = {
  schema: RatingScale,
  shape: 'a list of ratings, best first',
  name: (raw, index) => {
    const r = (raw as { rating?: unknown } | undefined)?.rating;
    return `rating ${index + 1}${typeof r === 'string' ? ` (${r})` : ''}`;
  },
};

export const loadRatingScale = (path: string = RATINGS_FILE, cwd = process.cwd()): RatingStep[] => loadDataList(path, SCALE_FILE, cwd);

const SCALE = loadRatingScale();

/** The rating words, best first, as documents print them. */
export const RATING_WORDS: readonly Rating[] = SCALE.map((s) => s.rating);

const POINTS = new Map(SCALE.map((s) => [s.rating, s.points]));

/** Points a rating scores towards a report's total. */
export const pointsOf = (rating: Rating): number => POINTS.get(rating)!;

/** The most points one standard can score. */
export const BEST_POINTS = SCALE[0]!.points;

/** The highest score of a report rating `standards` standards. */
export const maxScore = (standards: number): number => BEST_POINTS * standards;

/** The rating whose band a key question's percentage falls in. */
export function bandOf(percent: number): Rating {
  return SCALE.find((s) => percent >= s.band_from)!.rating;
}
