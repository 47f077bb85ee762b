import { describe, expect, it } from 'vitest';
import { procliticLength, readNumberAt } from '../../../lib/numbers/read-number';
import { normaliseString } from '../../../lib/text/normalise';
import { tokenize } from '../../../lib/text/tokens';

/** Reads the number at the start of a phrase; returns value and how many tokens it took. */
function read(phrase: string, at = 0) {
  const tokens = tokenize(normaliseString(phrase));
  const r = readNumberAt(tokens, at);
  return r && { value: r.value, tokens: r.end - r.start, ordinal: r.ordinal, skip: r.skip ?? 0, of: tokens.length };
}

describe('readNumberAt: digits', () => {
  it.each([
    ['227', 227],
    ['10,000', 10000],
    ['1.5', 1.5],
    ['١٫٥', 1.5],
    ['٢٠٢٣', 2023],
    ['1,5', 1.5],
    ['1.000.000', 1000000],
    ['-1.2', -1.2],
  ])('%s → %d', (phrase, value) => {
    expect(read(phrase)?.value).toBe(value);
  });

  it('reads a scale word after digits', () => {
    expect(read('227 مليار دولار')).toMatchObject({ value: 227e9, tokens: 2 });
    expect(read('1.5 مليون برميل')).toMatchObject({ value: 1.5e6, tokens: 2 });
    expect(read('3 ملايين')).toMatchObject({ value: 3e6, tokens: 2 });
    expect(read('10 آلاف طن')).toMatchObject({ value: 1e4, tokens: 2 });
    expect(read('2 مليار و500 مليون دولار')).toMatchObject({ value: 2.5e9, tokens: 5 });
  });

  it('does not read a year range or a date as one number', () => {
    expect(read('15-16 سبتمبر')).toMatchObject({ value: 15, tokens: 1 });
    expect(read('22/03/2023')).toMatchObject({ value: 22, tokens: 1 });
  });
});

describe('readNumberAt: cardinal words', () => {
  it.each([
    ['ثلاثة أيام', 3, 1],
    ['ثلاث سنوات', 3, 1],
    ['إحدى عشرة دولة', 11, 2],
    ['اثنا عشر شهرا', 12, 2],
    ['اثني عشر', 12, 2],
    ['خمسة وعشرون', 25, 2],
    ['واحد و عشرين', 21, 3],
    ['خمسمائة وخمسة وعشرون', 525, 3],
    ['ثلاث مئة', 300, 2],
    ['ثلاثمئة', 300, 1],
    ['مئتين', 200, 1],
    ['مائتا ألف', 200000, 2],
    ['ثلاثة آلاف وخمسمائة', 3500, 3],
    ['خمسة عشر ألفا', 15000, 3],
    ['مليونان', 2e6, 1],
    ['ملياري دولار', 2e9, 1],
    ['مليارا دولار', 2e9, 1],
    ['عشرين مليارا', 20e9, 2],
    ['نصف مليون', 5e5, 2],
    ['مليار ونصف المليار', 1.5e9, 3],
    ['تريليون', 1e12, 1],
    ['ترليونين', 2e12, 1],
    ['بليون', 1e9, 1],
    ['واحد فاصلة خمسة', 1.5, 3],
  ])('%s → %d', (phrase, value, tokens) => {
    expect(read(phrase)).toMatchObject({ value, tokens, ordinal: false });
  });

  it.each([
    ['حداشر', 11],
    ['اتناشر', 12],
    ['تلاتة', 3],
    ['اتنين', 2],
    ['متين', 200],
    ['تلتمية', 300],
    ['خمسمية', 500],
    ['متين واحد وعشرين', 221],
  ])('Egyptian %s → %d', (phrase, value) => {
    expect(read(phrase)?.value).toBe(value);
  });

  it('keeps a proclitic in the reading and says how much of it to skip', () => {
    expect(read('وثلاثة')).toMatchObject({ value: 3, skip: 1 });
    expect(read('بثلاثة')).toMatchObject({ value: 3, skip: 1 });
    expect(read('لعشرين')).toMatchObject({ value: 20, skip: 1 });
    expect(read('والعشرين')).toMatchObject({ value: 20, skip: 1, ordinal: true });
    expect(procliticLength(normaliseString('وبثلاثة'))).toBe(2);
    expect(procliticLength('واحد')).toBe(0);
    expect(procliticLength('بوتين')).toBe(0);
  });

  it('stops where the grammar stops', () => {
    expect(read('عشرة وعشرين')).toMatchObject({ value: 10, tokens: 1 }); // a list, not 30
    expect(read('خمسة وستة')).toMatchObject({ value: 5, tokens: 1 });
    expect(read('ثلاثة أيام وأربع ليال')).toMatchObject({ value: 3, tokens: 1 });
  });

  it('refuses words that only look like numbers', () => {
    expect(read('الاثنين')).toBeNull(); // Monday
    expect(read('الأحد')).toBeNull(); // Sunday
    expect(read('أحد المسؤولين')).toBeNull(); // "one of"
    expect(read('ملايين الدولارات')).toBeNull(); // vague
    expect(read('آلاف الجنود')).toBeNull();
    expect(read('بوتين')).toBeNull();
    expect(read('و')).toBeNull();
  });
});

describe('readNumberAt: ordinals', () => {
  it.each([
    ['الأول', 1],
    ['الأولى', 1],
    ['أول', 1],
    ['الثاني', 2],
    ['الثانية', 2],
    ['التاسع', 9],
    ['الحادي عشر', 11],
    ['الحادية عشرة', 11],
    ['الثالث عشر', 13],
    ['الحادي والعشرين', 21],
    ['الخامس والعشرون', 25],
    ['العشرين', 20],
    ['التسعون', 90],
    ['الـ 75', 75],
    ['الـ75', 75],
  ])('%s → %d', (phrase, value) => {
    expect(read(phrase)).toMatchObject({ value, ordinal: true });
  });

  it('needs عشر or a ten after الحادي', () => {
    expect(read('الحادي')).toBeNull();
  });

  it('reads a definite small cardinal as a cardinal', () => {
    expect(read('الثلاثة')).toMatchObject({ value: 3, ordinal: false });
  });
});
