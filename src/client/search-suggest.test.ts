import { describe, expect, it } from 'vitest';
import { editDistance, suggestWord, VocabularyCounter, vocabularyWords, type WordList } from './search-suggest';

// Words of the seeds as the index builder counts them (a sentence of the Surrey PDU report and
// one of the regional report).
const counter = new VocabularyCounter();
counter.add('Safeguarding checks with children’s social care were not always completed.');
counter.add('Safeguarding arrangements were assessed; the safety of children was considered.');
const files = counter.files();
const s = files.get('s') as WordList;

describe('the vocabulary', () => {
  it('counts words of three letters or more, lower case, by first letter', () => {
    expect(vocabularyWords('MAPPA, DA and child-care')).toEqual(['mappa', 'and', 'child', 'care']);
    expect(s.words).toEqual([['safeguarding', 2], ['safety', 1], ['social', 1]]);
    expect([...files.keys()]).toEqual(['a', 'c', 'n', 's', 't', 'w']); // "of" is too short
  });
});

describe('edit distance', () => {
  it('counts a swap of neighbouring letters as one edit', () => {
    expect(editDistance('safegaurding', 'safeguarding', 2)).toBe(1);
    expect(editDistance('safeguardng', 'safeguarding', 2)).toBe(1);
    expect(editDistance('kitten', 'sitting', 3)).toBe(3);
  });

  it('stops once past the limit', () => {
    expect(editDistance('safeguarding', 'social', 2)).toBe(3);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
  });
});

describe('did you mean', () => {
  it('corrects a misspelt word to the index’s closest word', () => {
    expect(suggestWord('safegaurding', s, false)).toBe('safeguarding');
    expect(suggestWord('safeguardng', s, true)).toBe('safeguarding');
  });

  it('leaves words the index has, in any form, and unfinished last words', () => {
    expect(suggestWord('safeguarding', s, false)).toBeNull();
    expect(suggestWord('safeguards', s, false)).toBeNull(); // a form of "safeguarding"
    expect(suggestWord('safeg', s, true)).toBeNull(); // still being typed
  });

  it('says nothing for short words, or when nothing is close', () => {
    expect(suggestWord('sae', s, false)).toBeNull();
    expect(suggestWord('sandwiches', s, false)).toBeNull();
  });
});
