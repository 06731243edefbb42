// Reads a regional letter (the 2021 programme's regional review: HMI Probation's letter to a
// Regional Probation Director): read → tree (tree.ts: front matter, the letter's sections,
// signature, annexe one's recommendations per PDU inspection, annexe two's ratings tables) →
// extract (ratings, verdicts, recommendations and footnotes by the shared extractors; the date,
// signatory, region and names by facts.ts) → validate (validate.ts). A pure function of the
// lines: no I/O, no clock.
import { segment, type Block } from '../../blocks';
import { ParseError, type ParsedDocument } from '../../types';
import { standardsNamedIn } from '../common';
import { identifyProgramme } from '../../framework/programmes';
import { flatten, type Section, type TextBlock } from '../../tree/types';
import { footnotes } from '../../extract/footnotes';
import { ratings as readRatings } from '../../extract/ratings';
import { recommendations as readRecommendations } from '../../extract/recommendations';
import { verdicts as readVerdicts } from '../../extract/verdicts';
import { chiefInspector, letterFront, letterMentions, letterRegion } from './facts';
import { letterTree } from './tree';
import { validateLetter } from './validate';
import { readImprint } from '../imprint';

export { normalisePduName } from './names';

const PUBLISHER = 'HM Inspectorate of Probation';

/** A letter from its blocks, whichever reader gave them. */
export function readLetter(all: Block[], lines: readonly string[]): ParsedDocument {
  const blocks = all.filter((b): b is TextBlock => b.type !== 'rule');
  // The PDUs' ratings tables name the programme the letter reviews under.
  const programme = identifyProgramme('pdu', standardsNamedIn(blocks));
  if (!programme) throw new ParseError(1, 'no inspection framework in data/frameworks.yaml rates a PDU');
  const { root, annexe } = letterTree(blocks, lines, programme);
  const nodes = flatten(root);
  const { framework } = programme;
  const recommendations = readRecommendations(root, '');
  validateLetter(root, annexe, lines.length);
  // Ratings and verdicts are each PDU's: their findings name it.
  const ratings = readRatings(root, '', framework);
  const verdicts = readVerdicts(root, { name: '', type: 'pdu' }, framework);
  const regionName = letterRegion(root, recommendations);
  const chief = chiefInspector(root);
  if (!regionName) throw new ParseError(1, 'cannot tell which region the letter is about (no "Probation Service – X region" nor "X region should:")');
  return {
    kind: 'regional-letter',
    title: `Regional letter: ${regionName} region`,
    // A letter prints no title: the site's description stands in for one, and nothing is cited as printed.
    coverTitle: null,
    coverSubtitle: null,
    imprint: readImprint(lines),
    publisher: PUBLISHER,
    entityName: regionName,
    entityType: 'region',
    regionName,
    ...letterFront(root.children[0] as Section),
    chiefInspector: chief,
    isbn: null,
    framework,
    verdicts,
    ratings,
    keyQuestions: [],
    recommendations,
    actionPlanItems: [],
    planTotals: null,
    footnotes: footnotes(root),
    previousRecommendations: [],
    entitiesMentioned: letterMentions(root, regionName, nodes),
    nodes,
  };
}

export function parseRegionalLetter(lines: string[]): ParsedDocument {
  return readLetter(segment(lines), lines);
}
