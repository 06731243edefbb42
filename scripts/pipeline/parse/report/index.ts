// Inspection reports (regional and PDU): read → tree → extract → validate. The blocks become a
// tree of sections (tree.ts, by the words of sections.ts); each kind of fact is read from the
// tree by its own extractor (../../extract/); validate.ts checks the whole against the
// programme the report names. Read by the meaning of headings and lines, not by their
// typography: the same heading comes as Markdown at any level, bold, or a plain line; the same
// tree comes from the printed report's text and from the inspectorate's web page (read/html.ts).
import { segment, type Block } from '../../blocks';
import { ParseError, type ParsedDocument } from '../../types';
import { findingFromBlock, standardsNamedIn } from '../common';
import { identifyProgramme } from '../../framework/programmes';
import { flatten, section, type Section, type TextBlock } from '../../tree/types';
import { cover as readCover } from '../../extract/cover';
import { footnotes } from '../../extract/footnotes';
import { frontMatter } from '../../extract/front-matter';
import { keyQuestions } from '../../extract/key-questions';
import { mentions } from '../../extract/mentions';
import { previousRecommendations } from '../../extract/previous-recommendations';
import { ratings as readRatings } from '../../extract/ratings';
import { recommendations } from '../../extract/recommendations';
import { verdicts as readVerdicts } from '../../extract/verdicts';
import { reportTree } from './tree';
import { readImprint } from '../imprint';
import { validateReport } from './validate';

export { reportTree } from './tree';

/** The cover: the lines before the report's first heading, as the tree's first section holds them. */
export function coverSection(blocks: readonly TextBlock[]): Section {
  const cover = section('cover', null);
  for (const b of blocks) {
    if (b.type === 'heading') break;
    if (b.type === 'paragraph' || b.type === 'bullet') cover.children.push({ type: 'leaf', finding: findingFromBlock(b, 'metadata'), block: b });
  }
  return cover;
}

/** A report from its blocks, whichever reader gave them. `lines` are the source's, for what the text says outright. */
export function readReport(all: Block[], lines: readonly string[]): ParsedDocument {
  const blocks = all.filter((b): b is TextBlock => b.type !== 'rule');
  const c = readCover(coverSection(blocks));
  // The programme whose standards the report names; its standards are what the report must rate.
  const programme = identifyProgramme(c.entityType, standardsNamedIn(blocks));
  if (!programme) throw new ParseError(1, `no inspection framework in data/frameworks.yaml rates a ${c.entityType}`);
  const tree = reportTree(blocks, programme);
  const nodes = flatten(tree.root);
  const { framework } = programme;
  const ratings = readRatings(tree.root, c.entityName, framework);
  const verdicts = readVerdicts(tree.root, { name: c.entityName, type: c.entityType }, framework);
  const kqs = keyQuestions(tree.root, c.entityName);
  validateReport(tree, programme, { ratings, verdicts }, all, lines.length);
  return {
    kind: c.entityType === 'pdu' ? 'pdu-report' : 'regional-report',
    title: c.title,
    coverTitle: c.coverTitle,
    coverSubtitle: c.coverSubtitle,
    imprint: readImprint(lines),
    publisher: 'HM Inspectorate of Probation',
    entityName: c.entityName,
    entityType: c.entityType,
    regionName: c.regionName,
    published: c.published,
    ...frontMatter(tree.root, lines),
    framework,
    verdicts,
    ratings,
    keyQuestions: kqs,
    recommendations: recommendations(tree.root, c.entityName),
    actionPlanItems: [],
    planTotals: null,
    footnotes: footnotes(tree.root),
    previousRecommendations: previousRecommendations(tree.root),
    entitiesMentioned: mentions(c, nodes),
    nodes,
  };
}

export function parseInspectionReport(lines: string[]): ParsedDocument {
  return readReport(segment(lines), lines);
}

