// Every extractor against its fixtures (fixtures/<extractor>/<case>/: input.txt → expected.json;
// see fixtures.ts). UPDATE=1 npx vitest run --project unit scripts/pipeline/extract regenerates them.
import { fileURLToPath } from 'node:url';
import { cover } from './cover';
import { footnotes } from './footnotes';
import { frontMatter } from './front-matter';
import { keyQuestions } from './key-questions';
import { mentions } from './mentions';
import { planItems } from './plan-items';
import { planTotals } from './plan-totals';
import { previousRecommendations } from './previous-recommendations';
import { ratings } from './ratings';
import { recommendations } from './recommendations';
import { verdicts } from './verdicts';
import { coverSection } from '../parse/report';
import { runFixtures } from './fixtures';

runFixtures(fileURLToPath(new URL('./fixtures/', import.meta.url)), {
  cover: (x) => cover(coverSection(x.blocks)),
  footnotes: (x) => footnotes(x.root),
  'front-matter': (x) => frontMatter(x.root, x.lines),
  'key-questions': (x) => keyQuestions(x.root, x.entity),
  mentions: (x) => mentions(cover(coverSection(x.blocks)), x.nodes),
  'plan-items': (x) => planItems(x.root),
  'plan-totals': (x) => planTotals(x.root),
  'previous-recommendations': (x) => previousRecommendations(x.root),
  ratings: (x) => ratings(x.root, x.entity, x.framework),
  recommendations: (x) => recommendations(x.root, x.entity),
  verdicts: (x) => verdicts(x.root, { name: x.entity, type: x.level }, x.framework),
});
