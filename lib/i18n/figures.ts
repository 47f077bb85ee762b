// A figure (value + unit, as extraction stores it) in the reader's language:
// `227 مليار دولار` / `$227 billion`, `25%`, `3 اتفاقيات` / `3 agreements`.
//
// Hand-written where Intl stops: Intl's compact currency collapses to `$227B` in English and says
// `دولار أمريكي` in Arabic, and it knows no counted nouns. So the number is Intl's compact long
// form and the unit word is added by the rules below. Arabic agreement is simplified for digits:
// a plural noun after 3–10 (`3 اتفاقيات`), the singular otherwise (`11 اتفاقية`, `227 مليار دولار`;
// after a scale word the noun is always singular), no case endings.

import { isCurrencyCode } from '../numbers/currency-code';
import { formatters, LOCALES } from './format';
import type { Language } from './types';
import { arabicCountedNoun, arabicCurrency, arabicFraction } from './unit-words';

/** Values from a million up are written with a scale word (`227 مليار`), smaller ones in full. */
const COMPACT_FROM = 1_000_000;

const compactCache = new Map<Language, Intl.NumberFormat>();
function compactNumber(value: number, language: Language): string {
  let f = compactCache.get(language);
  if (!f) {
    f = new Intl.NumberFormat(LOCALES[language], {
      notation: 'compact',
      compactDisplay: 'long',
      maximumFractionDigits: 2,
    });
    compactCache.set(language, f);
  }
  return f.format(value);
}

function amount(value: number, language: Language): { text: string; scaled: boolean } {
  if (Math.abs(value) >= COMPACT_FROM) return { text: compactNumber(value, language), scaled: true };
  return { text: formatters(language).number.format(value), scaled: false };
}

const symbolCache = new Map<string, string>();
/** The English currency sign (`$`, `€`, `CN¥`), or the code when the currency has none. */
function currencySign(code: string): string {
  let sign = symbolCache.get(code);
  if (sign === undefined) {
    try {
      const parts = new Intl.NumberFormat('en-US', { style: 'currency', currency: code }).formatToParts(1);
      sign = parts.find((p) => p.type === 'currency')?.value ?? code;
    } catch {
      sign = code;
    }
    symbolCache.set(code, sign);
  }
  return sign;
}

function englishPlural(noun: string, count: number): string {
  if (count === 1) return noun;
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh)$/.test(noun)) return `${noun}es`;
  if (noun === 'person') return 'people';
  if (noun === 'child') return 'children';
  if (noun === 'woman') return 'women';
  if (noun === 'man') return 'men';
  return `${noun}s`;
}

function arabicCount(value: number, noun: { singular: string; plural: string | null }, scaled: boolean): string {
  const few = !scaled && Number.isInteger(value) && Math.abs(value) >= 3 && Math.abs(value) <= 10;
  return few && noun.plural ? noun.plural : noun.singular;
}

function currency(value: number, code: string, language: Language): string {
  const a = amount(value, language);
  if (language === 'ar') {
    const noun = arabicCurrency(code);
    return `${a.text} ${noun ? arabicCount(value, noun, a.scaled) : code}`;
  }
  const sign = currencySign(code);
  return /\p{L}$/u.test(sign) ? `${a.text} ${code}` : `${sign}${a.text}`;
}

function percent(value: number, language: Language): string {
  return `${formatters(language).number.format(value)}%`;
}

function fraction(value: number, language: Language): string {
  if (language === 'ar') {
    const word = arabicFraction(value);
    if (word) return word;
  }
  return percent(Math.round(value * 1000) / 10, language);
}

function counted(value: number, unit: string, language: Language): string {
  const a = amount(value, language);
  if (language === 'en') return `${a.text} ${englishPlural(unit, a.scaled ? 2 : value)}`;
  const noun = arabicCountedNoun(unit);
  return noun ? `${a.text} ${arabicCount(value, noun, a.scaled)}` : `${a.text} ${unit}`;
}

export function formatFigure(value: number | string | null, unit: string | null, language: Language): string {
  const n = typeof value === 'number' ? value : Number(value);
  if (value === null || !Number.isFinite(n)) return String(value ?? '');
  if (!unit) return amount(n, language).text;
  if (unit === '%') return percent(n, language);
  if (unit === 'fraction') return fraction(n, language);
  if (isCurrencyCode(unit)) return currency(n, unit, language);
  return counted(n, unit, language);
}

/** Parses a figure key (`figure:227000000000 USD`) into its value and unit. */
export function parseFigureKey(key: string): { value: number; unit: string | null } | null {
  const m = /^figure:(-?[\d.e+]+)(?: (.+))?$/.exec(key);
  if (!m) return null;
  const value = Number(m[1]);
  return Number.isFinite(value) ? { value, unit: m[2] ?? null } : null;
}
