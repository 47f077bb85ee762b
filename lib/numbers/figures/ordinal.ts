// Ordinals as figures: with their noun (`الذكرى الـ 75`, `المركز التاسع`, `أول زيارة`), closing a
// longer noun phrase (`منتدى الشرق الاقتصادي الرابع`), after a copula (`هي الأولى`); and a definite
// number after a definite measure, which counts (`الأشهر الخمسة`, `الأشهر الـ11`).

import type { Token } from '../../text/tokens';
import { isCopula, isNumberedName, isPhraseBreak } from '../context';
import type { NumberReading } from '../read-number';
import { nounAnalysis, pluralAnalysis } from '../unit-lexicon';
import { type Found, figure, isPunct } from './found';

/** Whether an ordinal's gender fits a noun's (الأولى needs a feminine noun; الأولي "preliminary" does not). */
function genderFits(r: NumberReading, feminine: boolean): boolean {
  return r.value > 10 || r.digits === true || r.feminine === undefined || r.feminine === feminine;
}

/**
 * A definite plural right before a definite number, which counts it (Arabic puts the number
 * after its noun as an adjective): `الأشهر الخمسة`, `الأشهر الـ11`, `لقاءاتهما الثلاثة`,
 * `النقاط الـ12`, `بالمبادئ العشرة`. People and bodies so numbered name the parties (`الدول
 * الثلاث`, `الوزراء الخمسة`): a reference, not a figure.
 */
export function definitePluralBefore(tokens: Token[], r: NumberReading): Found | null {
  const prev = tokens[r.start - 1];
  const a = prev?.kind === 'word' && r.definite ? pluralAnalysis(prev.text) : undefined;
  // A sound masculine plural is spelt as the dual (المستثمرين), which no number from three follows.
  if (!a || !r.definite || r.ordinalWord || r.skip || (a.form !== 'plural' && a.form !== 'dual')) return null;
  if (!(a.prefix.article || a.possessive) || a.noun.actor || r.value < 3) return null;
  return figure(tokens, r.start - 1, a.prefix.skip, r.end, r.value, a.noun.unit);
}

/**
 * An ordinal with its noun: `الذكرى الـ 75`, `المركز التاسع`, `زيارته الأولى`, `زيارة ثانية`,
 * `أول زيارة`; or an ordinal closing a longer noun phrase (`منتدى الشرق الاقتصادي الرابع`,
 * `عيد ميلاد الرئيس الصيني التاسع والستين`), or after a copula (`قمة ثنائية هي الأولى`), where
 * the span is the ordinal alone.
 */
export function ordinalFigure(tokens: Token[], r: NumberReading): Found | null {
  const prev = tokens[r.start - 1];
  if (isNumberedName(prev)) return null;
  const counted = definitePluralBefore(tokens, r);
  if (counted) return counted;
  const before = prev?.kind === 'word' ? nounAnalysis(prev.text) : undefined;
  if (before) {
    const definite = before.prefix.article || before.possessive;
    if (
      before.noun.ordinal &&
      before.form === 'singular' &&
      definite === !!r.definite &&
      genderFits(r, before.feminine)
    ) {
      const unit = before.noun.ordinalUnit ?? before.noun.unit;
      return figure(tokens, r.start - 1, before.prefix.skip, r.end, r.value, unit);
    }
    // قمة العشرين: a noun that could take an ordinal but does not agree takes the number as a name.
    if (before.noun.ordinal) return null;
  }
  if (!r.definite && !r.digits) {
    // أول زيارة، ثاني قمة: an indefinite ordinal before its noun.
    const next = tokens[r.end];
    const a = next?.kind === 'word' ? nounAnalysis(next.text) : undefined;
    if (a && a.form === 'singular' && a.prefix.text === '' && !a.possessive) {
      return figure(tokens, r.start, r.skip ?? 0, r.end + 1, r.value, a.noun.ordinalUnit ?? a.noun.unit);
    }
  }
  // An ordinal word closing a longer noun phrase: `لولاية رئاسية خامسة`, `معرض «روسيا - الصين» الثامن`.
  if (!r.definite && !r.ordinalWord) return null;
  let copulaAt = -1;
  let passedNoun = false;
  // An event's official name may carry one complement with لل before its ordinal: منتدى الحزام
  // والطريق للتعاون الدولي الثالث. Past it, only a noun that heads such names owns the ordinal
  // (not زيارة للدولة الثالثة).
  let passedComplement = false;
  for (let k = r.start - 1; k >= 0 && k >= r.start - REACH; k--) {
    const t = tokens[k] as Token;
    if (isCopula(t)) {
      copulaAt = k;
      continue;
    }
    // `استمرت الزيارة يومين، وهي الأولى`: the copula may follow a comma.
    if (k === copulaAt - 1 && isPunct(t, ',،')) continue;
    // `للاجتماع الدوري الـ21`, `للمنتدى الاقتصادي الثالث`: a noun that takes ordinals, with لل
    // and only adjectives after it, owns the ordinal (the لل is the purpose, not a complement).
    if (copulaAt < 0 && !passedNoun && !passedComplement && k < r.start - 1 && isArticleComplement(t)) {
      const a = nounAnalysis(t.text);
      if (r.definite && a?.noun.ordinal && a.form === 'singular' && genderFits(r, a.feminine)) {
        return figure(tokens, r.start, r.skip ?? 0, r.end, r.value, a.noun.ordinalUnit ?? a.noun.unit);
      }
    }
    if (isPhraseBreak(t)) {
      // A counted noun right before the ordinal is its own noun phrase (للدولة الثالثة).
      if (passedComplement || copulaAt >= 0 || !isArticleComplement(t)) break;
      if (k === r.start - 1 && nounAnalysis(t.text)) break;
      passedComplement = true;
      passedNoun = false;
      continue;
    }
    if (t.kind !== 'word') continue;
    const a = nounAnalysis(t.text);
    if (!a) continue;
    const definite = a.prefix.article || a.possessive;
    // An indefinite ordinal agrees with an indefinite noun; a definite one may close an idafa
    // whose head has no article (دورة الألعاب ... الثانية والعشرين).
    const agrees = r.definite || !definite;
    // Past another noun, only the head of an idafa chain can own the ordinal: عيد ميلاد الرئيس
    // الصيني التاسع والستين, but not خلال الاجتماع قال المسؤول الأول. A copula points back to
    // the subject of its clause, whatever lies between.
    const reachable = (copulaAt >= 0 || !passedNoun || !definite) && (!passedComplement || a.noun.titled === true);
    if (a.noun.ordinal && a.form === 'singular' && agrees && reachable && genderFits(r, a.feminine)) {
      return figure(tokens, r.start, r.skip ?? 0, r.end, r.value, a.noun.ordinalUnit ?? a.noun.unit);
    }
    passedNoun = true;
  }
  return null;
}

/** How far back an ordinal closing a noun phrase may find its noun, in tokens. */
const REACH = 9;

/** `للتعاون`, `للكتاب`: a complement with لل inside a name (not بال، not a preposition). */
const isArticleComplement = (t: Token): boolean => t.kind === 'word' && t.text.startsWith('لل') && t.text.length > 3;
