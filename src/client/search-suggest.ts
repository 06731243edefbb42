// "Did you mean": corrections drawn from the index's own words. The index builder writes the
// words of every passage, with how often each occurs, in files by first letter
// (/search/words/<letter>.json, a few kB each); the search page loads the file of a query word
// only after its results are shown, and only for a word it cannot place. Pure functions here,
// shared by the builder and the page.
import { stem } from './search-passage';

/** A vocabulary file: words of one first letter, sorted, each with its number of occurrences. */
export interface WordList {
  version: 1;
  words: [string, number][];
}

/** Words as the vocabulary counts them: lower case, letters a–z only, three letters or more. */
export function vocabularyWords(text: string): string[] {
  return (text.toLowerCase().match(/[a-z]+/g) ?? []).filter((w) => w.length >= 3);
}

/** Counts the words of texts as they come (a report at a time), then gives the vocabulary files. */
export class VocabularyCounter {
  private counts = new Map<string, number>();

  add(text: string): void {
    for (const w of vocabularyWords(text)) this.counts.set(w, (this.counts.get(w) ?? 0) + 1);
  }

  /** First letter → its words, sorted, with their counts. */
  files(): Map<string, WordList> {
    const files = new Map<string, WordList>();
    for (const w of [...this.counts.keys()].sort()) {
      const letter = w[0] as string;
      if (!files.has(letter)) files.set(letter, { version: 1, words: [] });
      (files.get(letter) as WordList).words.push([w, this.counts.get(w) as number]);
    }
    return files;
  }
}

/**
 * Edit distance with adjacent transpositions ("gaur" → "guar" is one edit), or max + 1 once it
 * is certain to be more than max: linear in the words' lengths for a fixed max.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, (prev2[j - 2] as number) + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length] as number;
}

/** Edits allowed for a word of this length: one up to five letters, two beyond. */
export const allowedEdits = (word: string) => (word.length <= 5 ? 1 : 2);

/**
 * The index's word a query word was probably meant to be, or null: null when the word is in the
 * index (as written, or another form of it: "assessments" when only "assessed" is there), when
 * it is unfinished (`last`: a word the index has starts with it), when it is too short to judge
 * (under four letters) or not a word, and when nothing is close enough. Of the closest words,
 * the most frequent.
 */
export function suggestWord(term: string, list: WordList, last: boolean): string | null {
  if (term.length < 4 || !/^[a-z]+$/.test(term)) return null;
  const root = stem(term);
  if (list.words.some(([w]) => w === term || w.startsWith(root) || (last && w.startsWith(term)))) return null;
  const max = allowedEdits(term);
  let best: [string, number, number] | null = null; // word, distance, count
  for (const [w, count] of list.words) {
    const d = editDistance(term, w, max);
    if (d > max) continue;
    if (!best || d < best[1] || (d === best[1] && count > best[2])) best = [w, d, count];
  }
  return best ? best[0] : null;
}
