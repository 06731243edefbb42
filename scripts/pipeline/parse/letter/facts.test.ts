// The regional letter's own extractors against their fixtures (fixtures/<extractor>/<case>/:
// input.txt → expected.json, excerpts of the South West letter; see extract/fixtures.ts).
// UPDATE=1 regenerates them.
import { fileURLToPath } from 'node:url';
import { runFixtures } from '../../extract/fixtures';
import { recommendations } from '../../extract/recommendations';
import { chiefInspector, letterFront, letterMentions, letterRegion } from './facts';
import type { Section } from '../../tree/types';

runFixtures(fileURLToPath(new URL('./fixtures/', import.meta.url)), {
  'letter-front': (x) => letterFront(x.root.children[0] as Section),
  'chief-inspector': (x) => chiefInspector(x.root),
  'letter-region': (x) => letterRegion(x.root, recommendations(x.root, '')),
  'letter-mentions': (x) => letterMentions(x.root, letterRegion(x.root, recommendations(x.root, ''))!, x.nodes),
});
