import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { stripMarkup } from './themes';
import { THEMES, tagThemes, themeTermsFor } from './theme-data';

const SEEDS_DIR = fileURLToPath(new URL('../../../seeds/', import.meta.url));
const SEEDS: Record<string, string> = Object.fromEntries(
  readdirSync(SEEDS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => [f, readFileSync(SEEDS_DIR + f, 'utf8')]),
);
const ALL_SEED_TEXT = Object.values(SEEDS).join('\n');

/** A sentence copied from a seed: fails loudly if it is not really there. */
function real(sentence: string): string {
  expect(ALL_SEED_TEXT.includes(sentence), `not found in any seed: ${sentence}`).toBe(true);
  return sentence;
}

/** Seed text cut into paragraphs and bullets, roughly as a reader sees them. */
function paragraphs(text: string): string[] {
  const out: string[] = [];
  for (const block of text.split(/\n\s*\n/)) {
    let current: string[] = [];
    for (const line of block.split('\n')) {
      if (/^\s*([-•]\s|\d+\.\s)/.test(line) && current.length > 0) {
        out.push(current.join(' '));
        current = [];
      }
      current.push(line.trim());
    }
    if (current.length > 0) out.push(current.join(' '));
  }
  return out.map((p) => p.trim()).filter((p) => p.length > 0);
}

const IDS = THEMES.map((t) => t.id);

describe('THEMES', () => {
  it('has about 28 themes with unique kebab-case ids', () => {
    expect(THEMES.length).toBeGreaterThanOrEqual(25);
    expect(THEMES.length).toBeLessThanOrEqual(32);
    expect(new Set(IDS).size).toBe(IDS.length);
    for (const id of IDS) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('covers the subjects domain.md asks for', () => {
    for (const id of [
      'domestic-abuse',
      'child-safeguarding',
      'risk-of-harm',
      'mappa',
      'professional-curiosity',
      'management-oversight',
      'staffing-workloads',
      'recruitment-training',
      'court-work',
      'unpaid-work',
      'resettlement-custody',
      'victims',
      'equality-diversity-inclusion',
      'women',
      'young-adults',
      'accommodation',
      'commissioned-services',
      'substance-misuse',
      'mental-health',
      'engaging-people-on-probation',
      'prioritisation-framework',
      'serious-further-offences',
      'partnerships',
      'leadership-culture',
      'interventions-programmes',
      'electronic-monitoring',
      'continuity-of-practitioner',
    ]) {
      expect(IDS, id).toContain(id);
    }
  });

  it('gives every theme a name, a short definition and at least one term', () => {
    for (const t of THEMES) {
      expect(t.name.trim().length, t.id).toBeGreaterThan(0);
      expect(t.definition.trim().length, t.id).toBeGreaterThan(40);
      // One or two sentences: at most two full stops that end a sentence.
      const sentences = t.definition.split(/[.!?](?:\s|$)/).filter((s) => s.trim().length > 0);
      expect(sentences.length, t.id).toBeLessThanOrEqual(2);
      expect(t.terms.length, t.id).toBeGreaterThanOrEqual(1);
    }
  });

  it('writes terms in lower case, trimmed and without duplicates', () => {
    for (const t of THEMES) {
      for (const term of t.terms) {
        expect(term, t.id).toBe(term.toLowerCase());
        expect(term, t.id).toBe(term.trim());
        expect(term.length, t.id).toBeGreaterThan(1);
      }
      expect(new Set(t.terms).size, t.id).toBe(t.terms.length);
      expect(new Set(t.abbreviations).size, t.id).toBe(t.abbreviations.length);
    }
  });

  it('gives abbreviations at least one capital letter and no surrounding space', () => {
    for (const t of THEMES) {
      for (const a of t.abbreviations) {
        expect(a, t.id).toMatch(/[A-Z]/);
        expect(a, t.id).toBe(a.trim());
      }
    }
  });

  it("tags each theme's own name, terms and abbreviations with that theme", () => {
    for (const t of THEMES) {
      expect(tagThemes(t.name), `${t.id} name`).toContain(t.id);
      for (const term of t.terms) expect(tagThemes(term), `${t.id}: ${term}`).toContain(t.id);
      for (const a of t.abbreviations) expect(tagThemes(`the ${a} work`), `${t.id}: ${a}`).toContain(t.id);
    }
  });

  it('fires every theme on at least one paragraph of the seeds', () => {
    const seen = new Set<string>();
    for (const text of Object.values(SEEDS)) for (const p of paragraphs(text)) for (const id of tagThemes(p)) seen.add(id);
    expect(IDS.filter((id) => !seen.has(id))).toEqual([]);
  });
});

describe('tagThemes on real sentences from the seeds', () => {
  const cases: [string, string[]][] = [
    // KSS regional report, R 2.1 Public protection.
    [
      '- MAPPAs quality was of concern. Limited experience of some SPOs meant that confidence in chairing MAPPAs was variable, despite support being in place from the region.',
      ['mappa'],
    ],
    [
      'An example of this was in relation to domestic abuse information; 116 out of 136 cases were judged to have insufficiently considered relevant domestic abuse information in the court report.',
      ['court-work', 'domestic-abuse'],
    ],
    // Hyphenated form.
    [
      "- The 'step wise relationships' intervention was targeted to those people on probation who have a domestic-abuse-related offence from a male-to-male relationship, which was a positive approach.",
      ['domestic-abuse', 'interventions-programmes'],
    ],
    // Surrey PDU report.
    [
      '- Young adults between the ages of 18 and 25 represented 18 per cent of the overall caseload of Surrey PDU.',
      ['young-adults'],
    ],
    [
      'The prioritisation framework (PF) added very little assistance to workload pressures across the region.',
      ['prioritisation-framework', 'staffing-workloads'],
    ],
    // The abbreviation alone.
    ['- There was limited value added by the PF.', ['prioritisation-framework']],
    // Quoted colours: 'amber' to 'red' status.
    [
      "HMPPS have also introduced the red review process, which ensures that all requests for PDUs moving from 'amber' to 'red' status are approved by the Chief Probation Officer.",
      ['prioritisation-framework'],
    ],
    [
      "- There were significant challenges with OMiC, largely due to resourcing, described as 'close to a car crash'.",
      ['resettlement-custody', 'staffing-workloads'],
    ],
    [
      'A backlog of electronically monitored curfews that had not been fitted had accumulated in the region.',
      ['electronic-monitoring'],
    ],
    // Footnote with its marker.
    [
      '<sup>1</sup> CAS3 provides temporary accommodation for prison leavers for up to 84 nights.',
      ['accommodation', 'resettlement-custody'],
    ],
    // South West letter.
    [
      "- develop practitioner's confidence and skills in the use of professional curiosity to identify, analyse, assess, plan, and respond to indicators of risk effectively",
      ['professional-curiosity', 'risk-of-harm'],
    ],
    [
      '- ensure UPW requirements start promptly and that there are sufficient UPW placements and supervisors to deliver the orders of the court',
      ['unpaid-work'],
    ],
    // Testimonials with curly quotes and apostrophes.
    [
      '“I don’t get to have the same probation worker all the time so it makes it difficult to get what I need from them.”',
      ['continuity-of-practitioner'],
    ],
    [
      '*“The financial support is what I need most help with. I pay child maintenance from universal credit so by the end of it I don’t have enough to survive. I just don’t see enough support out there for financial difficulties.”*',
      ['education-employment-finance'],
    ],
    // Action plan cell with HTML.
    [
      '<p>ensure all actual and potential victims of domestic abuse are identified accurately.</p>',
      ['domestic-abuse', 'victims'],
    ],
    [
      '- The culture around SFO remains a challenge, with some staff needing to understand that the process was driven towards learning and not blame.',
      ['leadership-culture', 'serious-further-offences'],
    ],
    [
      'followed up with the relevant police force or children\'s services responsible within that area.',
      ['child-safeguarding'],
    ],
  ];

  for (const [sentence, expected] of cases) {
    it(`tags ${JSON.stringify(sentence.slice(0, 60))}…`, () => {
      expect(tagThemes(real(sentence))).toEqual(expected);
    });
  }
});

describe('tagThemes avoids false positives on real sentences', () => {
  it('does not read PF inside EPF1 or EPF2', () => {
    const s1 = real('The Court strategic lead will ensure that the Effective Proposal Framework 1 (EPF1) is used on each occasion.');
    const s2 = real(
      'Alongside this input, Heads of PDU will reiterate the expectation that the Effective Framework 2 (EPF2) is required as part of release planning.',
    );
    expect(tagThemes(s1)).not.toContain('prioritisation-framework');
    expect(tagThemes(s1)).toContain('court-work');
    expect(tagThemes(s2)).not.toContain('prioritisation-framework');
  });

  it('does not read DA inside "data"', () => {
    const s = real(
      'Full data and further information about inspection methodology is available in the data workbook for this inspection [on our website](#).',
    );
    expect(tagThemes(s)).toEqual([]);
  });

  it('does not read PO inside POD', () => {
    const s = real(
      '- While the introduction of the Probation Operational Delivery (POD) system was positive, it remained unclear how this would be rolled out given a lack of staff resources and, in some cases, a lack of clarity as to how the model would improve performance.',
    );
    expect(tagThemes(s)).not.toContain('staffing-workloads');
  });

  it('ignores the boilerplate about youth justice and the name of HMPPS', () => {
    expect(
      tagThemes(
        real(
          'HM Inspectorate of Probation is the independent inspector of youth justice and probation services in England and Wales. We report on the effectiveness of probation and youth justice service work with adults and children.',
        ),
      ),
    ).toEqual([]);
    expect(tagThemes(real('### **HM Prison and Probation Service (HMPPS) should:**'))).toEqual([]);
  });

  it('does not count "the expectations of the court" as court work', () => {
    const s = real(
      'Unpaid work is delivered safely and effectively, engaging the person on probation in line with the expectations of the court.',
    );
    expect(tagThemes(s)).not.toContain('court-work');
    expect(tagThemes(s)).toContain('unpaid-work');
  });

  it('does not count "education, training and employment" as staff training', () => {
    const s = real('Commissioned rehabilitation services (CRS) were provided by: Seetec for education, training and employment (ETE)');
    expect(tagThemes(s)).not.toContain('recruitment-training');
    expect(tagThemes(s)).toContain('education-employment-finance');
  });

  it('does not count the provider "Women in Prison" as the women theme on its own', () => {
    // The real passage names the provider *for women's services*, so it is about women.
    expect(tagThemes(real('Women in Prison for women\'s services'))).toContain('women');
    expect(tagThemes('Referrals to Women in Prison were made.')).not.toContain('women');
    expect(tagThemes('Referrals to Women in Prison were made.')).not.toContain('resettlement-custody');
  });

  it('does not read theme words inside longer words', () => {
    // "race" inside "embraced"; "tag" inside "stages".
    expect(tagThemes(real('Staff in the PDU had embraced the new leadership team'))).not.toContain(
      'equality-diversity-inclusion',
    );
    expect(
      tagThemes(real('emphasising the importance of ensuring casework focuses on the early stages of orders')),
    ).not.toContain('electronic-monitoring');
  });

  it('does not read "psychologically safe" staff culture as mental health', () => {
    const s = real('They described feeling "psychologically safe", listened to, and had approachable and visible leaders.');
    expect(tagThemes(s)).not.toContain('mental-health');
    expect(tagThemes(s)).toContain('leadership-culture');
  });
});

describe('tagThemes rules', () => {
  it('matches DA only as a whole, upper-case word', () => {
    expect(tagThemes('Police DA call-outs were checked.')).toEqual(['domestic-abuse']);
    expect(tagThemes("The DA's history was recorded.")).toEqual(['domestic-abuse']);
    expect(tagThemes('DATA was missing.')).toEqual([]);
    expect(tagThemes('the da vinci code')).toEqual([]);
  });

  it('matches abbreviations case-sensitively and terms case-insensitively', () => {
    expect(tagThemes('mappa')).toEqual([]);
    expect(tagThemes('MAPPA')).toEqual(['mappa']);
    expect(tagThemes('DOMESTIC ABUSE')).toEqual(['domestic-abuse']);
  });

  it('treats curly and straight apostrophes, hyphens and spaces alike', () => {
    const straight = real("followed up with the relevant police force or children's services responsible within that area.");
    expect(tagThemes(straight.replace("'", '’'))).toEqual(tagThemes(straight));
    expect(tagThemes('multi agency public protection')).toEqual(tagThemes('multi-agency public protection'));
    expect(tagThemes('pre sentence report')).toEqual(tagThemes('pre-sentence report'));
  });

  it('accepts plural and possessive forms', () => {
    expect(tagThemes('young adults')).toEqual(['young-adults']);
    expect(tagThemes("a young adult's needs")).toEqual(['young-adults']);
    expect(tagThemes("the victims' views")).toEqual(['victims']);
    expect(tagThemes('three SFOs')).toEqual(['serious-further-offences']);
  });

  it('is deterministic, sorted, unique and uses only known ids on every seed paragraph', () => {
    const known = new Set(IDS);
    for (const text of Object.values(SEEDS)) {
      for (const p of paragraphs(text)) {
        const first = tagThemes(p);
        expect(tagThemes(p)).toEqual(first);
        expect([...first].sort()).toEqual(first);
        expect(new Set(first).size).toBe(first.length);
        for (const id of first) expect(known.has(id)).toBe(true);
      }
    }
  });

  it('returns nothing for empty or theme-free text', () => {
    expect(tagThemes('')).toEqual([]);
    expect(tagThemes(real('Set out below are the recommendations arising from the inspection of PDUs in this region.'))).toEqual([]);
  });
});

describe('themeTermsFor', () => {
  it('returns the name, terms and abbreviations of a theme', () => {
    const terms = themeTermsFor('mappa');
    expect(terms).toContain('MAPPA');
    expect(terms).toContain('multi-agency public protection arrangements');
    const t = THEMES.find((x) => x.id === 'domestic-abuse');
    expect(t).toBeDefined();
    const all = themeTermsFor('domestic-abuse');
    for (const x of [t!.name, ...t!.terms, ...t!.abbreviations]) expect(all).toContain(x);
    expect(new Set(all).size).toBe(all.length);
  });

  it('refuses an unknown id', () => {
    expect(() => themeTermsFor('no-such-theme')).toThrow(/unknown theme/);
  });
});

describe('helpers', () => {
  it('stripMarkup removes footnote markers and tags and decodes entities', () => {
    expect(stripMarkup('Custody<sup>3</sup> (OMiC)')).toBe('Custody (OMiC)');
    expect(stripMarkup('1,205,616,¹ with')).toBe('1,205,616, with');
    expect(stripMarkup('<p><b>ED&amp;I</b></p>').trim()).toBe('ED&I');
  });
});
