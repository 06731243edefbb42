// An action plan's "target date" cell, read as a date where it is one. The cells are free text:
// "March 2025", "Completed and ongoing", "April 2024, with ongoing review", "By End of 2026",
// "September 2024 (initial review) and ongoing". A month means its last day (the action is due
// by the end of it); a year alone its 31 December; a quarter its last day. "Complete(d)" is a
// status, not a date. Anything else is kept as written and given no date.
import type { TargetDate } from '../../../core/schemas';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const YEAR = '((?:19|20)\\d\\d)';

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const iso = (year: number, month: number, day = lastDay(year, month)) => `${year}-${pad(month)}-${pad(day)}`;
const valid = (year: number, month: number, day: number) => month >= 1 && month <= 12 && day >= 1 && day <= lastDay(year, month);

/** The first date the text names, as the last day it allows (ISO), or null. */
function dateIn(text: string): string | null {
  let m = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}\\.?,?\\s+${YEAR}\\b`, 'i').exec(text);
  if (m) {
    const [year, month, day] = [Number(m[3]), MONTHS.indexOf(m[2]!.slice(0, 3).toLowerCase()) + 1, Number(m[1])];
    if (valid(year, month, day)) return iso(year, month, day);
  }
  m = /\b(\d{1,2})[/.](\d{1,2})[/.]((?:19|20)\d\d)\b/.exec(text); // UK order: day/month/year
  if (m) {
    const [year, month, day] = [Number(m[3]), Number(m[2]), Number(m[1])];
    return valid(year, month, day) ? iso(year, month, day) : null; // "31/02/2025" is no date, not 2025
  }
  m = new RegExp(`\\b${MONTH}\\.?,?\\s+${YEAR}\\b`, 'i').exec(text);
  if (m) return iso(Number(m[2]), MONTHS.indexOf(m[1]!.slice(0, 3).toLowerCase()) + 1);
  m = new RegExp(`\\bq([1-4])\\s*${YEAR}\\b|\\b${YEAR}\\s*q([1-4])\\b`, 'i').exec(text);
  if (m) return iso(Number(m[2] ?? m[3]), Number(m[1] ?? m[4]) * 3);
  m = new RegExp(`\\b(?:end\\s+of\\s+|by\\s+|during\\s+|in\\s+)?${YEAR}\\b`, 'i').exec(text);
  if (m) return iso(Number(m[1]), 12);
  return null;
}

/** A target date cell read: its date (ISO, last day allowed) where it names one, and its status words. */
export function readTargetDate(text: string): TargetDate {
  const plain = text.replace(/\s+/g, ' ').trim();
  return {
    date: dateIn(plain),
    complete: /\bcomplet(?:e|ed)\b/i.test(plain) && !/\bto be completed\b|\bcompleted? by\b/i.test(plain),
    ongoing: /\bongoing\b|\bon-going\b|\bcontinuous\b/i.test(plain),
  };
}
