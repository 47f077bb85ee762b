// Ordinals as figures: with their noun (`الذكرى الـ 75`, `المركز التاسع`, `أول زيارة`), closing a
// longer noun phrase (`منتدى الشرق الاقتصادي الرابع`), after a copula (`هي الأولى`); and a definite
// number after its definite plural noun, which counts (`الأشهر الخمسة`, `الدول الخمس`).

import type { Token } from '../../text/tokens';
import { isCopula, isNumberedName, isPhraseBreak } from '../context';
import { analyseToken } from '../lexicon';
import type { NumberReading } from '../read-number';
import { type NounAnalysis, nounOf, pluralOf } from '../unit-lexicon';
import { type Found, figure, isPunct } from './found';

/** Whether an ordinal's gender fits a noun's (الأولى needs a feminine noun; الأولي "preliminary" does not). */
function genderFits(r: NumberReading, feminine: boolean): boolean {
  return r.value > 10 || r.digits === true || r.feminine === undefined || r.feminine === feminine;
}

/**
 * A definite number after its noun, as Arabic places it (an adjective): `الأشهر الخمسة`,
 * `الأشهر الـ11`, `لقاءاتهما الثلاثة`, `النقاط الـ12`, `الدول الخمس`, `البلدان الثلاثة`,
 * `الأعضاء العشرة`. A number word from three to ten also reaches past adjectives and a name to its
 * noun (`القوى الكبرى الخمس`, `دول آسيان العشر`, `دول الخليج الست`), and after any other definite
 * word it is still a count, of a noun the lexicon does not know (`المنتخبات الأربعة`).
 */
export function definitePluralBefore(tokens: Token[], r: NumberReading): Found | null {
  if (!r.definite || r.ordinalWord || r.skip || r.value < 3) return null;
  const prev = tokens[r.start - 1];
  if (prev?.kind !== 'word') return null;
  const a = pluralOf(prev);
  if (a) return definitePlural(tokens, r.start - 1, a, r);
  // Teens, tens and digits read as ordinals past a name (قمة دول بريكس الـ15): only a number word
  // up to ten, which cannot be an ordinal, looks further back.
  if (r.digits || r.value > 10 || isPhraseBreak(prev) || isNumberedName(prev)) return null;
  for (let k = r.start - 2; k >= r.start - 3 && k >= 0; k--) {
    const t = tokens[k] as Token;
    if (t.kind !== 'word' || isPhraseBreak(t) || isNumberedName(t) || analyseToken(t).length > 0) break;
    const b = pluralOf(t);
    if (!b) continue;
    // دول آسيان العشر: a plural head of a construct is definite through what follows it.
    return isPluralForm(b) ? figure(tokens, k, b.prefix.skip, r.end, r.value, b.noun.unit) : null;
  }
  const article = ARTICLE_START.exec(prev.text);
  if (!article || prev.text.length < article[0].length + 3) return null;
  return figure(tokens, r.start - 1, (article[1] ?? article[2] ?? '').length, r.end, r.value, null);
}

/** The article at the start of a word, after a conjunction or preposition (group 1: what a span leaves out). */
const ARTICLE_START = /^([وف]?[بك]?)ال|^([وف]?لل)/;

/** A sound masculine plural is spelt as the dual (المستثمرين), which no number from three follows. */
const isPluralForm = (a: NounAnalysis): boolean => a.form === 'plural' || a.form === 'dual';

/** The counted noun right before a definite number: a count when it is a definite plural. */
function definitePlural(tokens: Token[], k: number, a: NounAnalysis, r: NumberReading): Found | null {
  if (!isPluralForm(a) || !(a.prefix.article || a.possessive)) return null;
  // الدول الأعضاء الخمس: a second definite plural stands in apposition to the first, the counted noun.
  const before = tokens[k - 1];
  const head = a.prefix.article && a.noun.appositive && before?.kind === 'word' ? nounOf(before) : undefined;
  if (head && isPluralForm(head) && head.prefix.article) {
    return figure(tokens, k - 1, head.prefix.skip, r.end, r.value, head.noun.unit);
  }
  return figure(tokens, k, a.prefix.skip, r.end, r.value, a.noun.unit);
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
  const before = prev?.kind === 'word' ? nounOf(prev) : undefined;
  if (before) {
    const definite = before.prefix.article || before.possessive;
    if (
      before.noun.ordinal &&
      before.form === 'singular' &&
      definite === !!r.definite &&
      genderFits(r, before.feminine)
    ) {
      const unit = before.noun.ordinalUnit ?? before.noun.unit;
      return ranked(before.feminine, figure(tokens, r.start - 1, before.prefix.skip, r.end, r.value, unit));
    }
    // قمة العشرين: a noun that could take an ordinal but does not agree takes the number as a name.
    if (before.noun.ordinal) return null;
  }
  if (!r.definite && !r.digits) {
    // أول زيارة، ثاني قمة: an indefinite ordinal before its noun.
    const next = tokens[r.end];
    const a = next?.kind === 'word' ? nounOf(next) : undefined;
    if (a && a.form === 'singular' && a.prefix.text === '' && !a.possessive) {
      return ranked(
        a.feminine,
        figure(tokens, r.start, r.skip ?? 0, r.end + 1, r.value, a.noun.ordinalUnit ?? a.noun.unit),
      );
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
      const a = nounOf(t);
      if (r.definite && a?.noun.ordinal && a.form === 'singular' && genderFits(r, a.feminine)) {
        return ranked(
          a.feminine,
          figure(tokens, r.start, r.skip ?? 0, r.end, r.value, a.noun.ordinalUnit ?? a.noun.unit),
        );
      }
    }
    if (isPhraseBreak(t)) {
      // A counted noun right before the ordinal is its own noun phrase (للدولة الثالثة).
      if (passedComplement || copulaAt >= 0 || !isArticleComplement(t)) break;
      if (k === r.start - 1 && nounOf(t)?.form === 'singular') break;
      passedComplement = true;
      passedNoun = false;
      continue;
    }
    if (t.kind !== 'word') continue;
    const a = nounOf(t);
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
      return ranked(
        a.feminine,
        figure(tokens, r.start, r.skip ?? 0, r.end, r.value, a.noun.ordinalUnit ?? a.noun.unit),
      );
    }
    passedNoun = true;
  }
  return null;
}

/**
 * `اللقاء رقم 40`, `الحزمة رقم 14`, `للمرة رقم 10`, `لقاؤهما رقم 42`: a definite noun that takes
 * ordinals, then `رقم` "number" and digits, is that noun's rank. Only such a noun: `القرار رقم
 * 2231` and `الطريق رقم 5` are names, not ranks. Token i is the digits.
 */
export function numberedOrdinal(tokens: Token[], i: number): Found | null {
  const word = tokens[i - 1];
  const prev = tokens[i - 2];
  if (word?.kind !== 'word' || word.text !== NUMBER_WORD || prev?.kind !== 'word') return null;
  const digits = tokens[i] as Token;
  if (!/^\d{1,4}$/.test(digits.text)) return null;
  const value = Number(digits.text);
  const a = nounOf(prev);
  if (!a?.noun.ordinal || a.form !== 'singular' || !(a.prefix.article || a.possessive) || value < 1) return null;
  return ranked(a.feminine, figure(tokens, i - 2, a.prefix.skip, i + 1, value, a.noun.ordinalUnit ?? a.noun.unit));
}

/** `رقم` "number", normalised. */
const NUMBER_WORD = 'رقم';

/** An ordinal figure, marked with its noun's gender so that a coordinated ordinal may share the noun. */
const ranked = (feminine: boolean, f: Found): Found => ({ ...f, ordinal: { feminine } });

/** How far back an ordinal closing a noun phrase may find its noun, in tokens. */
const REACH = 9;

/** `للتعاون`, `للكتاب`: a complement with لل inside a name (not بال، not a preposition). */
const isArticleComplement = (t: Token): boolean => t.kind === 'word' && t.text.startsWith('لل') && t.text.length > 3;
