// A count before a partitive `من`: `ثلاثة من الوزراء`, `20 من الدول الأعضاء`, `ستة من أكبر تسعة
// منتجين`, `31 من حرس الحدود` (a collective, which counts its members). The number counts what
// the noun phrase after `من` names; its span is the number alone (as the first bound of a range),
// and the number inside the phrase is read on its own afterwards.

import { normaliseString } from '../../text/normalise';
import type { Token } from '../../text/tokens';
import { PARTITIVE_QUALIFIERS } from '../data/markers';
import type { NumberReading } from '../read-number';
import { readNumberAt } from '../read-number';
import { nounAt } from '../read-unit';
import { pluralOf } from '../unit-lexicon';
import { type Found, figure } from './found';

const MIN = normaliseString('من');
const BAYN = normaliseString('بين');
const ASL = normaliseString('أصل');
const AL = normaliseString('ال');
let qualifiers: Set<string> | null = null;

const word = (t: Token | undefined): string | null => (t?.kind === 'word' ? t.text : null);

/** A word with the article (`المجلس`), long enough not to be a bare `ال…` particle. */
const isDefinite = (w: string | null): boolean => w !== null && w.length > 3 && w.startsWith(AL);

/** The unit of the noun phrase after a partitive `من` at token k, or null. */
function partitiveUnit(tokens: Token[], k: number): string | null {
  let j = k;
  // من بين الصحفيين; من أصل خمسة مرشحين (out of).
  if (word(tokens[j]) === BAYN || word(tokens[j]) === ASL) j++;
  qualifiers ??= new Set(PARTITIVE_QUALIFIERS.map(normaliseString));
  if (qualifiers.has(word(tokens[j]) ?? '')) j++;
  const t = tokens[j];
  const a = t?.kind === 'word' ? pluralOf(t) : undefined;
  // A definite or possessed plural: من الوزراء، من أكبر المنتجين، من نوابه; or a plural made
  // definite by the definite noun it is construed with (إضافة): من أعضاء المجلس، من حيوانات
  // الباندا، من قادة الدول. A sound masculine plural is spelt as the dual (المسؤولين), which
  // cannot follow "three of".
  if (a) {
    const definite = a.prefix.text === 'ال' || a.possessive || isDefinite(word(tokens[j + 1]));
    // A collective counts its members: 31 من حرس الحدود، ثلاثة من الطاقم، 12 من الشرطة.
    if (a.form === 'singular' || a.form === 'accusative') return definite ? (a.noun.collective ?? null) : null;
    return definite ? a.noun.unit : null;
  }
  // A count of its own: من أكبر تسعة منتجين.
  const inner = readNumberAt(tokens, j);
  if (!inner || inner.ordinal || inner.definite) return null;
  return nounAt(tokens, inner.end, inner.value, false)?.unit ?? null;
}

/**
 * A whole number from two up, followed by `من` and a noun phrase that says what it counts. Not
 * "one of" (`واحد من أهم الملفات`: a manner of speaking), not a year (`2022 من أصعب الأعوام`).
 */
export function partitiveFigure(tokens: Token[], r: NumberReading): Found | null {
  if (r.ordinal || r.definite || !Number.isInteger(r.value) || r.value < 2) return null;
  if (word(tokens[r.end]) !== MIN) return null;
  if (r.digits && r.value >= 1900 && r.value <= 2100) return null;
  const unit = partitiveUnit(tokens, r.end + 1);
  return unit ? figure(tokens, r.start, r.skip ?? 0, r.end, r.value, unit) : null;
}
