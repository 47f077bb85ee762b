// One leader invests the other with an order (`قلد الرئيس الصيني شي جين بينغ، اليوم الجمعة، نظيره
// الروسي فلاديمير بوتين "وسام الصداقة"`, `شي جين بينغ يمنح بوتين أول "وسام صداقة"`): a ceremony
// held with both in one room, which the press may tell with no word of talks or a visit. Read as
// a cue of the pair by sentence-roles (as a signing the two witness is). Hand-written: the verb of
// investing before the first leader (titles between) or right between the two, and the order a
// few words after the second.

import { withConjunctions } from '../text/conjunctions';
import { normaliseString } from '../text/normalise';
import type { Candidate } from './document';
import { containsAnyStem, wordSpansAfter, wordSpansBefore } from './words-before';

/** Verbs of investing or granting, as the press writes them (with `و`, `ف`, the future `سـ`). */
const INVESTING = withConjunctions(['قلد', 'يقلد', 'سيقلد', 'منح', 'يمنح', 'سيمنح']);
/** The order given: `وسام`, a collar (`قلادة`), a medal. */
const ORDERS = new Set(['وسام', 'الوسام', 'قلادة', 'القلادة', 'ميدالية'].map(normaliseString));
/** How many words (titles) may stand between the verb and the first leader (`قلد الرئيس الصيني`). */
const TITLE_REACH = 3;
/** How many words after the second leader the order may come (`أول "وسام صداقة"`). */
const ORDER_REACH = 3;

/** Stems of the order words, looked for in a sentence before its leaders are paired. */
const ORDER_STEMS = ['وسام', 'قلاد', 'ميدالي'].map(normaliseString);

/** Whether `text` from `from` to `to` may name an order at all (nearly no sentence does). */
export function mayNameOrder(text: string, from: number, to: number): boolean {
  return containsAnyStem(text, ORDER_STEMS, from, to);
}

/**
 * The span from the verb to the order when `a` invests `b` with an order (or `b` is invested by
 * `a`: the press names either first), within `from`–`to`; null otherwise.
 */
export function investiture(
  text: string,
  a: Candidate,
  b: Candidate,
  from: number,
  to: number,
): [number, number] | null {
  const word = ([s, e]: [number, number]) => text.slice(s, e);
  const order = wordSpansAfter(text, b.nEnd, ORDER_REACH, to).find((w) => ORDERS.has(word(w)));
  if (!order) return null;
  // `قلد <titles> a، …، نظيره b وسام`
  const verb = wordSpansBefore(text, a.nStart, TITLE_REACH + 1, from, false).find((w) => INVESTING.has(word(w)));
  if (verb) return [verb[0], order[1]];
  // `a يمنح b وسام`
  const between = text.slice(a.nEnd, b.nStart).trim();
  if (INVESTING.has(between)) return [a.nEnd, order[1]];
  return null;
}
