// Small readers of an action plan's cell text: its paragraphs, an item number, a status, what
// looks like a date, an owner or prose, an addressee heading, and where a cut text goes on.
import { parseInline } from '../../inline';
import type { ActionPlanStatus } from '../../../../core/schemas';
import { addresseeOf } from '../common';

export const plain = (raw: string): string => parseInline(raw).text;

/** The paragraphs of a cell: each `<p>` one paragraph; a cell without `<p>` is one paragraph. */
export function cellParagraphs(raw: string): string[] {
  const out: string[] = [];
  let at = 0;
  for (const m of raw.matchAll(/<p>([\s\S]*?)<\/p>/gi)) {
    const between = raw.slice(at, m.index).trim();
    if (between) out.push(between);
    if (m[1]!.trim()) out.push(m[1]!.trim());
    at = m.index! + m[0].length;
  }
  const tail = raw.slice(at).trim();
  if (tail) out.push(tail);
  return out.filter((p) => plain(p) !== '');
}

/** An item number as the Rec No column writes it: "1", "6.", "12)". */
export const LABEL = /^(\d{1,3})[.)]?$/;
export const SUBLABEL = /^\d{1,3}[a-z][.)]?$/i;

export function statusOf(raw: string): ActionPlanStatus | null {
  const t = plain(raw).replace(/\.$/, '').replace(/\s+/g, ' ').trim().toLowerCase();
  if (t === 'agreed') return 'Agreed';
  if (t === 'partly agreed') return 'Partly Agreed';
  if (t === 'not agreed') return 'Not Agreed';
  return null;
}

const MONTH = /\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?)\b/i;
export function dateLike(p: string): boolean {
  const t = plain(p);
  if (t.length > 80) return false;
  return MONTH.test(t) || /\b(19|20)\d{2}\b/.test(t) || /\b\d{1,2}\/\d{2}\b/.test(t) || /\b(complete|completed|ongoing|tbc|immediate(ly)?|q[1-4])\b/i.test(t);
}

const ROLE_WORD =
  /\b(Head|Heads|HoS|Director|Directors|Directorate|DD|Lead|Leads|Leader|Leaders|Team|Teams|Manager|Managers|Officer|Officers|Quality|Performance|PDU|PDUs|Service|Services|Board|Group|Unit|Panel|SPOC|RPD|HR|Chief|Deputy|Governor|Co-?ordinator|Owner|Partnerships?)\b/;
const VERB = /\b(will|is|are|was|were|has|have|had|be|been|being|should|can|could|would|may|must|ensure|ensures|include|includes|provide|provides)\b/i;
export const words = (t: string) => (t.trim() === '' ? 0 : t.trim().split(/\s+/).length);

export function ownerLike(p: string): boolean {
  const t = plain(p);
  return words(t) <= 25 && !VERB.test(t) && (ROLE_WORD.test(t) || /^[a-z/&]/.test(t));
}
/** Short, verbless text: could be a name or a date the patterns do not know. */
export function terse(p: string, maxWords: number): boolean {
  const t = plain(p);
  return words(t) <= maxWords && !VERB.test(t) && !/[.!?]\s+[A-Z]/.test(t);
}
/** Running text: a verb, two sentences, or many words. */
export const prose = (p: string) => {
  const t = plain(p);
  return VERB.test(t) || /[.!?]\s+[A-Z]/.test(t) || words(t) > 12;
};

/** A paragraph that is an addressee heading ("Surrey PDU should:", bold or not); its addressee. */
export function headingAddressee(p: string): string | null {
  const t = plain(p);
  if (!/:\s*$/.test(t) || words(t) > 30) return null;
  return addresseeOf(t);
}
export const isAnd = (p: string) => /^and$/i.test(plain(p));

/** Ends a sentence: terminal punctuation, perhaps followed by closing quotes or brackets. */
export const closes = (t: string) => /[.!?:;]["'”’)\]]*$/.test(plain(t));
export const startsLower = (t: string) => /^[("'“‘]*[a-z]/.test(plain(t));

/** An owner cut at a page break: the first part ends, or the second starts, mid-phrase. */
export function ownerContinues(prev: string, next: string): boolean {
  const a = plain(prev);
  const b = plain(next);
  return /(\b(of|and|for|the|to|in)|[/&,\-–])$/i.test(a) || /\bHeads?$/.test(a) || /^[a-z/&,]/.test(b);
}
export function dateContinues(prev: string, next: string): boolean {
  const a = plain(prev);
  const b = plain(next);
  const open = (a.match(/\(/g) ?? []).length > (a.match(/\)/g) ?? []).length;
  return open || /(\b(and|to|with|by|from|of)|[,\-–])$/i.test(a) || /^[a-z)]/.test(b);
}

export function tagsBalanced(raw: string): boolean {
  for (const tag of ['p', 'b', 'i', 'u', 'sup']) {
    const opens = (raw.match(new RegExp(`<${tag}>`, 'gi')) ?? []).length;
    const shuts = (raw.match(new RegExp(`</${tag}>`, 'gi')) ?? []).length;
    if (opens !== shuts) return false;
  }
  return true;
}
