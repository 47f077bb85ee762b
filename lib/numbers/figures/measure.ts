// A time noun with no number, which the sentence measures with: one of it. `نحو ساعة`, `أقل من
// أسبوع`, `لمدة عام`, `منذ قرن`, `في غضون أسبوع`, `قبل القمة بيوم`, `عقد كامل`, `يوما كاملا`.
// `عام`, `شهر`, `يوم` are also the words of dates (`خلال شهر مارس`, `منذ عام 2014`) and have other
// senses (`بعد عقد القمة` "after holding the summit", `في ساعة متأخرة`): only a measuring word
// before the noun, or `كامل` after it, makes it a measure, and only when nothing after it names
// or describes it (a month name, a number, a definite noun, an adjective). A smaller unit joined
// to it (`ساعة و40 دقيقة`) makes it the head of a compound span (figures/compound.ts).

import type { Token } from '../../text/tokens';
import { isMeasureFollower, isWholeWord, measuringContextBefore } from '../context';
import { afterRepeatedNoun, trailingFraction } from '../read-unit';
import { nounOf } from '../unit-lexicon';
import { compoundTail } from './compound';
import { type Found, figure } from './found';

/** Units a bare noun can measure (not `ثانية` "second", which is also the ordinal "second"). */
export const MEASURE_UNITS: ReadonlySet<string> = new Set([
  'minute',
  'hour',
  'day',
  'night',
  'week',
  'month',
  'year',
  'decade',
  'century',
]);

/** `بيوم`, `لعام`, `وبعام`: a preposition that measures a distance or a span in time. */
const MEASURING_PREPOSITIONS = new Set(['ب', 'ل', 'وب', 'ول', 'فب', 'فل']);

/** Whether token k may follow a measure: the end, punctuation, a function word, a new clause with و. */
function mayFollow(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t || t.kind === 'punct') return true;
  if (t.kind !== 'word') return false;
  if (isMeasureFollower(t.text)) return true;
  // `نحو ساعة وتناول الزعيمان …`: a conjunction opens the next clause (not `واحد`, read with the noun).
  return t.text.length > 3 && t.text.charCodeAt(0) === 0x0648 && !t.text.startsWith('واحد');
}

/** A singular (or, before `كامل`, accusative) time noun at token i measured as one, or null. */
export function measureFigure(tokens: Token[], i: number): Found | null {
  const t = tokens[i] as Token;
  const a = t.kind === 'word' ? nounOf(t) : undefined;
  if (!a || a.prefix.article || a.possessive || !MEASURE_UNITS.has(a.noun.unit)) return null;
  if (a.form !== 'singular' && a.form !== 'accusative') return null;
  const unit = a.noun.unit;
  if (isWholeWord(tokens[i + 1])) return figure(tokens, i, a.prefix.skip, i + 2, 1, unit);
  if (a.form !== 'singular') return null;
  const half = trailingFraction(tokens[i + 1]);
  const end = half ? afterRepeatedNoun(tokens, i + 2, a.noun) : i + 1;
  // `ساعة و40 دقيقة`, `عام وثلاثة أشهر`: a smaller unit joined to it makes it a span whatever is
  // before it (the caller reads the rest of the span).
  if (!half && compoundTail(tokens, end, 1, unit)) return figure(tokens, i, a.prefix.skip, end, 1, unit);
  if (!mayFollow(tokens, end)) return null;
  const measured = a.prefix.text === '' ? measuringContextBefore(tokens, i) : MEASURING_PREPOSITIONS.has(a.prefix.text);
  return measured ? figure(tokens, i, a.prefix.skip, end, 1 + half, unit) : null;
}
