// Fraction words as figures: `نصف ساعة`, `ربع القرن`, `ثلث الصادرات`, `ساعة ونصف`, a bare
// definite fraction after a hedge (`بنحو الربع` → `نحو الربع`), and a share of something named
// before (`قرابة نصفه`, `ثلثيها`).

import type { Token } from '../../text/tokens';
import { hedgeBefore } from '../context';
import { analyseToken, type WordAnalysis } from '../lexicon';
import { afterRepeatedNoun, isMeasure, nounAt } from '../read-unit';
import { nounOf } from '../unit-lexicon';
import { type Found, figure } from './found';

/** Whether a token is an ordinal word or `الأخير` (`الربع الأول`, `النصف الثاني`: a period, not a share). */
function isOrdinalWord(t: Token | undefined): boolean {
  if (t?.kind !== 'word') return false;
  return t.text === 'الاخير' || analyseToken(t).some((a) => a.sense.kind === 'ordinal');
}

/** A word with the article or a possessive suffix (ها، هم، هما). */
const DEFINITE = /^(ال|لل)|(ها|هم|هما)$/;

/**
 * A fraction word: `نصف ساعة`, `ربع القرن`, `ثلث الصادرات`, `خمس السكان`, and a bare definite
 * fraction after a hedge (`بنحو الربع` → span `نحو الربع`).
 */
export function fractionFigure(tokens: Token[], i: number, a: WordAnalysis): Found | null {
  const f = a.sense;
  if (f.kind !== 'fraction' || f.form === 'plural') return null;
  const next = tokens[i + 1];
  if (f.possessive) {
    // `قرابة نصفه`, `ثلثيها`: a share of something named before; `نصفه الثاني` is a period.
    if (a.prefix.article || isOrdinalWord(next)) return null;
    const hedge = hedgeBefore(tokens, i);
    return hedge
      ? figure(tokens, hedge.start, hedge.skip, i + 1, f.value, 'fraction')
      : figure(tokens, i, a.prefix.skip, i + 1, f.value, 'fraction');
  }
  if (a.prefix.text === 'و' && !f.weak && f.form === 'single') {
    // ساعة ونصف (الساعة): one measure and a half.
    const prev = tokens[i - 1];
    const n = prev?.kind === 'word' ? nounOf(prev) : undefined;
    if (n?.noun.dualIsFigure && n.form === 'singular' && !n.prefix.article && !n.possessive) {
      return figure(tokens, i - 1, n.prefix.skip, afterRepeatedNoun(tokens, i + 1, n.noun), 1 + f.value, n.noun.unit);
    }
  }
  if (!a.prefix.article) {
    if (isMeasure(tokens, i + 1)) {
      const n = nounAt(tokens, i + 1, f.value, true);
      if (n) return figure(tokens, i, a.prefix.skip, n.end, n.value, n.unit);
    }
    if (f.measureOnly || next?.kind !== 'word') return null;
    // خمس السكان، نحو خمس احتياجاتها: a fraction of something definite (article or possessive);
    // after a hedge also of an idafa (نحو خمس واردات الصين). A count (خمس دول) was read before.
    const hedge = hedgeBefore(tokens, i);
    if (f.weak && !DEFINITE.test(next.text)) {
      const after = tokens[i + 2];
      if (!hedge || after?.kind !== 'word' || !DEFINITE.test(after.text)) return null;
    }
    return hedge
      ? figure(tokens, hedge.start, hedge.skip, i + 1, f.value, 'fraction')
      : figure(tokens, i, a.prefix.skip, i + 1, f.value, 'fraction');
  }
  if (isOrdinalWord(next)) return null;
  const hedge = hedgeBefore(tokens, i);
  return hedge ? figure(tokens, hedge.start, hedge.skip, i + 1, f.value, 'fraction') : null;
}
