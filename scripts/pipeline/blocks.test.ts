// Block segmentation reads structure by the documents' vocabulary (issue 9), not by one file's markup.
import { describe, expect, it } from 'vitest';
import { isDomainLine, isKnownHeading, isStandardLine, isStandardNameLine, segment } from './blocks';

describe('headings recognised by the frameworks\' vocabulary', () => {
  it('knows a standard by number and name, however its code is written', () => {
    for (const t of ['P 2.1 Assessment', 'P2.1. Assessment', '2.1 Assessment', '2.1. assessment', 'R 2.6 Statutory victim work', '1.4 Information and facilities']) {
      expect(isStandardLine(t), t).toBe(true);
    }
    // A number and a name that do not belong together, or prose after a number, are not standards.
    for (const t of ['2.1 Planning', 'R 2.1 Assessment', 'P 2.5 Reviewing', '2.1 Assessment was weak in most cases', '3.1 Leadership']) {
      expect(isStandardLine(t), t).toBe(false);
    }
  });

  it('knows a domain, and a standard named alone as a letter heads its observations', () => {
    expect(isDomainLine('1 Organisational arrangements and activity')).toBe(true);
    expect(isDomainLine('2. Court work and case supervision')).toBe(true);
    expect(isDomainLine('3 Service delivery')).toBe(false);
    expect(isStandardNameLine('Leadership')).toBe(true);
    expect(isStandardNameLine('Services and interventions')).toBe(true);
    expect(isStandardNameLine('Services were poor and interventions late')).toBe(false);
    expect(isKnownHeading('**2.2 Planning**')).toBe(true);
  });
});

describe('segmenting', () => {
  const raws = (text: string) => segment(text.split('\n')).map((b) => (b.type === 'rule' ? '---' : b.raw));

  it('keeps a rating word standing alone, in any case, as its own block', () => {
    expect(raws('Assessment is well-informed and personalised\n\nrequires improvement\n\nOur rating is based on cases.')).toEqual([
      'Assessment is well-informed and personalised',
      'requires improvement',
      'Our rating is based on cases.',
    ]);
  });

  it('keeps unbulleted recommendations apart, and still rejoins text a page break cut', () => {
    expect(raws('Ensure that processes are clear for all staff\n\nimprove quality assurance of all casework')).toHaveLength(2);
    expect(raws('Where critical risk information was received, it was not\n\nfollowed up with the police.')).toEqual([
      'Where critical risk information was received, it was not followed up with the police.',
    ]);
  });
});
