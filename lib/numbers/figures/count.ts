// Counts written without a number word before the noun: a dual (`يومين`, `مرتين`, `دولارين`)
// and one after its noun (`يوم واحد`, `مرة واحدة`).

import type { Token } from '../../text/tokens';
import type { NumberReading } from '../read-number';
import { afterRepeatedNoun, currencyAt, trailingFraction } from '../read-unit';
import { currencyAnalysis, nounOf } from '../unit-lexicon';
import { type Found, figure } from './found';

/** An indefinite dual of a measure or currency alone: `يومين`, `لمدة عامين`, `مرتين`, `دولارين`. */
export function dualFigure(tokens: Token[], i: number): Found | null {
  const t = tokens[i] as Token;
  if (tokens[i - 1]?.kind === 'number') return null;
  const a = t.kind === 'word' ? nounOf(t) : undefined;
  if (a && a.form === 'dual' && a.noun.dualIsFigure && !a.prefix.article) {
    const half = trailingFraction(tokens[i + 1]);
    const end = half ? afterRepeatedNoun(tokens, i + 2, a.noun) : i + 1;
    return figure(tokens, i, a.prefix.skip, end, 2 + half, a.noun.unit);
  }
  const c = currencyAnalysis(t.text);
  if (c && c.form === 'dual') {
    const cur = currencyAt(tokens, i);
    if (cur) return figure(tokens, i, 0, cur.end, 2, cur.code);
  }
  return null;
}

/** `يوم واحد`, `مرة واحدة`: one, written after its noun. */
export function oneAfterNoun(tokens: Token[], r: NumberReading): Found | null {
  const prev = tokens[r.start - 1];
  const a = prev?.kind === 'word' ? nounOf(prev) : undefined;
  if (!a || a.prefix.article || a.form !== 'singular' || r.skip) return null;
  return figure(tokens, r.start - 1, a.prefix.skip, r.end, 1, a.noun.unit);
}

/**
 * An indefinite plural before a number from three to ten, in the literary order (`أيام ثلاثة`,
 * `أسابيع أربعة`, `وثائق عشر`).
 */
export function indefinitePluralBefore(tokens: Token[], r: NumberReading): Found | null {
  if (r.definite || r.digits || r.skip || r.end !== r.start + 1 || r.value < 3 || r.value > 10) return null;
  const prev = tokens[r.start - 1];
  const a = prev?.kind === 'word' ? nounOf(prev) : undefined;
  // A sound masculine plural is spelt as the dual (مستثمرين), which no number from three follows.
  if (!a || (a.form !== 'plural' && a.form !== 'dual') || a.prefix.article || a.possessive) return null;
  return figure(tokens, r.start - 1, a.prefix.skip, r.end, r.value, a.noun.unit);
}
