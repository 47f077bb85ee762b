import { describe, expect, it } from 'vitest';
import { formatFigure, parseFigureKey } from '../../../lib/i18n/figures';
import { completeEnd, formatDateSpan, formatDateValue, parseDateValue, yearOf } from '../../../lib/i18n/format';
import { translator } from '../../../lib/i18n/translate';

describe('dates in the reader’s language', () => {
  it('writes full days with Arabic month names and Latin digits', () => {
    expect(formatDateValue('2022-09-15', 'ar')).toBe('15 سبتمبر 2022');
    expect(formatDateValue('2022-09-15', 'en')).toBe('15 September 2022');
  });

  it('writes months, years and year-less partial dates', () => {
    expect(formatDateValue('2023-03', 'ar')).toBe('مارس 2023');
    expect(formatDateValue('2023', 'en')).toBe('2023');
    expect(formatDateValue('--09-15', 'ar')).toBe('15 سبتمبر');
    expect(formatDateValue('--02-29', 'en')).toBe('29 February');
    expect(formatDateValue('--06', 'en')).toBe('June');
  });

  it('leaves anything that is not a date value alone', () => {
    expect(formatDateValue('soon', 'ar')).toBe('soon');
    expect(parseDateValue('2022-9-1')).toBeNull();
  });

  it('writes spans of days compactly', () => {
    const ar = formatDateSpan('2022-09-15', '2022-09-16', 'ar');
    expect(ar).toMatch(/15/);
    expect(ar).toMatch(/16/);
    expect(ar).toMatch(/سبتمبر/);
    expect(ar.match(/سبتمبر/g)?.length).toBe(1);
    expect(formatDateSpan('2022-09-15', null, 'en')).toBe('15 September 2022');
    expect(formatDateSpan('2022-09', '2022-09-16', 'en')).toBe('September 2022 – 16 September 2022');
  });

  it('knows the year of a date value', () => {
    expect(yearOf('2019-06-05')).toBe(2019);
    expect(yearOf('--06-05')).toBeNull();
    expect(yearOf(null)).toBeNull();
  });
});

describe('figures in the reader’s language', () => {
  it('writes money with a scale word: 227 مليار دولار / $227 billion', () => {
    expect(formatFigure(227_000_000_000, 'USD', 'ar')).toBe('227 مليار دولار');
    expect(formatFigure(227_000_000_000, 'USD', 'en')).toBe('$227 billion');
    expect(formatFigure(400_000_000_000, 'CNY', 'en')).toBe('CN¥400 billion');
    expect(formatFigure(25_000, 'RUB', 'ar')).toBe('25,000 روبل');
  });

  it('names currencies reached through an adjective', () => {
    expect(formatFigure(5_000_000, 'GBP', 'ar')).toMatch(/^5 ملايين جنيه إسترليني$/);
  });

  it('uses the plural noun after 3–10 and the singular otherwise', () => {
    expect(formatFigure(3, 'agreement', 'ar')).toBe('3 اتفاقيات');
    expect(formatFigure(15, 'agreement', 'ar')).toBe('15 اتفاقية');
    expect(formatFigure(3, 'agreement', 'en')).toBe('3 agreements');
    expect(formatFigure(1, 'agreement', 'en')).toBe('1 agreement');
    expect(formatFigure(2, 'city', 'en')).toBe('2 cities');
  });

  it('writes percentages and fractions', () => {
    expect(formatFigure(25, '%', 'ar')).toBe('25%');
    expect(formatFigure(0.25, 'fraction', 'ar')).toBe('ربع');
    expect(formatFigure(0.25, 'fraction', 'en')).toBe('25%');
  });

  it('keeps an unknown unit visible rather than dropping it', () => {
    expect(formatFigure(7, 'zorbs', 'ar')).toBe('7 zorbs');
    expect(formatFigure(null, null, 'ar')).toBe('');
  });

  it('reads figure keys', () => {
    expect(parseFigureKey('figure:227000000000 USD')).toEqual({ value: 227_000_000_000, unit: 'USD' });
    expect(parseFigureKey('figure:3')).toEqual({ value: 3, unit: null });
    expect(parseFigureKey('leader:putin')).toBeNull();
  });
});

describe('translator', () => {
  it('picks Arabic plural forms by Intl.PluralRules', () => {
    const { t } = translator('ar');
    expect(t('timeline.count', { count: 0 })).toBe('لا لقاءات');
    expect(t('timeline.count', { count: 1 })).toBe('لقاء واحد');
    expect(t('timeline.count', { count: 2 })).toBe('لقاءان');
    expect(t('timeline.count', { count: 5 })).toBe('5 لقاءات');
    expect(t('timeline.count', { count: 40 })).toBe('40 لقاءً');
    expect(t('timeline.count', { count: 1000 })).toBe('1,000 لقاء');
  });

  it('picks English plural forms and fills placeholders', () => {
    const { t } = translator('en');
    expect(t('meeting.notes', { count: 1 })).toBe('1 note');
    expect(t('meeting.notes', { count: 12 })).toBe('12 notes');
    expect(t('search.none', { query: 'gas' })).toBe('Nothing in your record matches “gas”.');
  });

  it('gives the direction of each language and one translator per language', () => {
    expect(translator('ar').dir).toBe('rtl');
    expect(translator('en').dir).toBe('ltr');
    expect(translator('ar')).toBe(translator('ar'));
  });
});

describe('unit words from the numbers lexicon', () => {
  it('names refined and ordinal units in Arabic', () => {
    expect(formatFigure(98_000_000_000, 'cubic metre', 'ar')).toBe('98 مليار متر مكعب');
    expect(formatFigure(3, 'term', 'ar')).toBe('3 ولايات');
    expect(formatFigure(98_000_000_000, 'cubic metre', 'en')).toBe('98 billion cubic metres');
  });
});

describe('spans with a year-less end', () => {
  it('borrow the year of the start (or the next year when the end comes earlier in the year)', () => {
    expect(formatDateSpan('2022-09-15', '--09-16', 'en')).toMatch(/^15\s?–\s?16 September 2022$/);
    expect(formatDateSpan('2022-09-15', '--09-16', 'ar')).toBe('15–16 سبتمبر 2022');
    expect(formatDateSpan('2022-12-30', '--01-02', 'en')).toMatch(/30 December 2022\s?–\s?2 January 2023/);
  });
});

describe('completeEnd', () => {
  it('gives a year-less end the year of its start', () => {
    expect(completeEnd('2022-09-15', '--09-16')).toBe('2022-09-16');
    expect(completeEnd('2022-12-30', '--01-02')).toBe('2023-01-02');
    expect(completeEnd('2022-09-15', '2022-09-16')).toBe('2022-09-16');
    expect(completeEnd('--09-15', '--09-16')).toBe('--09-16');
  });
});
