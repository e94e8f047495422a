/**
 * Text handling shared by the index and the query: folding to one comparable form, cutting into
 * terms, finding terms again in a text. No DOM: runs in Node and browsers.
 */
import { GAP, GAPS, SIMPLIFIED } from './traditional.js';

/** Receives each term of a text and how much it counts in a query; the index counts occurrences only. */
export type Emit = (term: string, weight: number) => void;

const WORD = /[\p{L}\p{N}]/u;

let foldable: RegExp | undefined;
let simplifiedOf: Map<string, string> | undefined;

/**
 * Full-width → half-width, Traditional → Simplified, lower case. One character in, one out, so a
 * position in the folded text is the same position in the original.
 */
export function fold(text: string): string {
  if (!simplifiedOf) {
    let code = 0x4e00;
    simplifiedOf = new Map([...GAPS].map((gap, at) => [String.fromCharCode((code += gap.charCodeAt(0) - GAP)), SIMPLIFIED[at]!]));
    foldable = new RegExp(`[\uff01-\uff5e\u3000${[...simplifiedOf.keys()].join('')}]`, 'g');
  }
  const narrow = text.replace(foldable!, (char) =>
    char === '\u3000' ? ' ' : simplifiedOf!.get(char) ?? String.fromCharCode(char.charCodeAt(0) - 0xfee0),
  );
  const lower = narrow.toLowerCase();
  // A few letters lower-case to two characters (İ → i̇); then only A–Z are lowered, so positions still line up.
  return lower.length === narrow.length ? lower : narrow.replace(/[A-Z]/g, (char) => char.toLowerCase());
}

const isHan = (text: string, at: number): boolean => {
  const code = text.charCodeAt(at);
  return (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff);
};
const isWordChar = (text: string, at: number): boolean => {
  const code = text.charCodeAt(at);
  if (code < 0x80) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90);
  // Outside the text, code is NaN: no word character.
  return code > 0 && !isHan(text, at) && WORD.test(text[at]!);
};

/** English words too common to tell topics apart, as typed (does, not its stem doe); they still make pairs ("sign in"). */
const STOP_WORDS = new Set('a an and are at be can do does for from how i in is it me my of on or the this to was what why with'.split(' '));

/** "passwords" and "password" are one term; "access" and "status" keep their s. */
const stem = (word: string): string => (word.length > 3 && /[^sui]s$/.test(word) ? word.slice(0, -1) : word);

/**
 * The terms of a folded text. Chinese has no spaces, so a Han run gives its bigrams (any substring
 * of two or more characters matches), single characters at a low weight and trigrams as the bonus
 * for neighbouring bigrams. Other letters and digits make words (lightly stemmed), and neighbouring
 * words make pairs. With `Intl.Segmenter` (queries only, so the index stays cheap and the same
 * everywhere), trigrams inside a word of the query count fully.
 */
export function termsOf(text: string, emit: Emit, segmenter?: Intl.Segmenter): void {
  let previousWord = '';
  for (let start = 0; start < text.length; ) {
    let end = start + 1;
    if (isHan(text, start)) {
      while (isHan(text, end)) end++;
      const run = text.slice(start, end);
      const inWord = new Set<number>();
      if (segmenter && run.length > 2) {
        for (const { segment, index } of segmenter.segment(run)) {
          for (let at = index; at + 3 <= index + segment.length; at++) inWord.add(at);
        }
      }
      for (let index = 0; index < run.length; index++) {
        emit(run[index]!, 0.3);
        if (index + 2 <= run.length) emit(run.slice(index, index + 2), 1);
        if (index + 3 <= run.length) emit(run.slice(index, index + 3), inWord.has(index) ? 1 : 0.5);
      }
      previousWord = '';
    } else if (isWordChar(text, start)) {
      while (isWordChar(text, end)) end++;
      const typed = text.slice(start, end);
      const word = stem(typed);
      if (!STOP_WORDS.has(typed)) emit(word, 1);
      if (previousWord) emit(`${previousWord} ${word}`, 0.5);
      previousWord = word;
    }
    start = end;
  }
}

/** The terms of a folded query with their weights, the highest where a term comes twice. */
export function weighTerms(text: string, segmenter?: Intl.Segmenter, scale = 1, into = new Map<string, number>()): Map<string, number> {
  termsOf(text, (term, weight) => into.set(term, Math.max(weight * scale, into.get(term) ?? 0)), segmenter);
  return into;
}

/** Whether `term` is a Latin-script word (or pair), which must match whole words. */
export const isWordTerm = (term: string): boolean => isWordChar(term, 0);

/**
 * Where `term` occurs in the folded `text`, as [start, end) ranges. Words match whole words (a plural
 * s included); Chinese terms match anywhere. A pair "log in" also matches "log-in".
 */
export function findAll(text: string, term: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  const words = isWordTerm(term);
  const parts = words ? term.split(' ') : [term];
  for (let at = text.indexOf(parts[0]!); at >= 0; at = text.indexOf(parts[0]!, at + 1)) {
    let end = at + parts[0]!.length;
    if (words) {
      if (isWordChar(text, at - 1)) continue;
      if (parts[1]) {
        while (end < text.length && !isWordChar(text, end) && !isHan(text, end)) end++;
        if (!text.startsWith(parts[1], end)) continue;
        end += parts[1].length;
      }
      if (text[end] === 's' && !isWordChar(text, end + 1)) end++;
      if (isWordChar(text, end)) continue;
    }
    ranges.push([at, end]);
  }
  return ranges;
}

/** Damerau–Levenshtein distance exactly 1: one letter added, dropped, changed or two neighbours swapped. */
export function oneEditApart(a: string, b: string): boolean {
  // Most of the index's words are not even the right length: out before anything is sliced.
  if ((a.length - b.length) ** 2 > 1) return false;
  let index = 0;
  while (index < a.length && a[index] === b[index]) index++;
  const x = a.slice(index);
  const y = b.slice(index);
  return x !== y && (x.slice(1) === y.slice(1) || x.slice(1) === y || x === y.slice(1) || (x[0] === y[1] && x[1] === y[0] && x.slice(2) === y.slice(2)));
}
