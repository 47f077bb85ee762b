// The translator the UI holds: `t(key, params)` plus the language's formatters, in one object made
// once per language (so components can compare it by identity and re-render on a language switch).

import { ar, type MessageKey } from './ar';
import { en } from './en';
import { formatFigure } from './figures';
import { formatDateSpan, formatDateValue, formatList, formatNumber, formatters } from './format';
import { type Catalogue, type Entry, type Language, textDirection } from './types';

export type Params = Record<string, string | number>;

export interface Translator {
  language: Language;
  dir: 'rtl' | 'ltr';
  /** The message for `key`; `params.count` picks the plural form; numbers are formatted. */
  t(key: MessageKey, params?: Params): string;
  number(n: number): string;
  /** A stored date value (`2022-09-15`, `2022-09`, `--09-15`) in words. */
  date(value: string): string;
  dateSpan(start: string, end: string | null): string;
  figure(value: number | string | null, unit: string | null): string;
  list(items: string[]): string;
}

export const CATALOGUES: Record<Language, Catalogue> = { ar, en };

const PLACEHOLDER = /\{(\w+)\}/g;

function pick(entry: Entry, params: Params | undefined, plural: Intl.PluralRules): string {
  if (typeof entry === 'string') return entry;
  const count = params?.count;
  if (typeof count !== 'number') return entry.other;
  // An exact 0/1/2 form wins in every language (English "No meetings"), then the language's rule.
  const exact = count === 0 ? entry.zero : count === 1 ? entry.one : count === 2 ? entry.two : undefined;
  return exact ?? entry[plural.select(count) as keyof typeof entry] ?? entry.other;
}

function fill(text: string, params: Params | undefined, language: Language): string {
  if (!params) return text;
  return text.replace(PLACEHOLDER, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(value, language) : value;
  });
}

function make(language: Language): Translator {
  const catalogue = CATALOGUES[language];
  const plural = formatters(language).plural;
  return {
    language,
    dir: textDirection(language),
    t: (key, params) => fill(pick(catalogue[key] ?? key, params, plural), params, language),
    number: (n) => formatNumber(n, language),
    date: (value) => formatDateValue(value, language),
    dateSpan: (start, end) => formatDateSpan(start, end, language),
    figure: (value, unit) => formatFigure(value, unit, language),
    list: (items) => formatList(items, language),
  };
}

const translators = new Map<Language, Translator>();

export function translator(language: Language): Translator {
  let tr = translators.get(language);
  if (!tr) {
    tr = make(language);
    translators.set(language, tr);
  }
  return tr;
}
