import { describe, expect, it } from 'vitest';
import { normalise, normaliseString, toOriginal } from '../../../lib/text/normalise';
import { tokenize } from '../../../lib/text/tokens';

describe('normalise', () => {
  it('folds alef, yeh, teh marbuta and drops diacritics and tatweel', () => {
    expect(normaliseString('أإآٱ')).toBe('اااا');
    expect(normaliseString('شى جين بينج')).toBe('شي جين بينج');
    expect(normaliseString('القمّةُ')).toBe('القمه');
    expect(normaliseString('الـ 75')).toBe('ال 75');
  });

  it('reads a tatweel after a space as the dash Egyptian print makes of it', () => {
    expect(normaliseString('موسكو ـ د. سامى عمارة')).toBe('موسكو - د. سامي عماره');
    expect(normaliseString('موسكو ـــ وكالات')).toBe('موسكو - وكالات');
    expect(normaliseString('شـــي')).toBe('شي');
  });

  it('maps Arabic-Indic and Persian digits and separators to ASCII', () => {
    expect(normaliseString('٢٠٢٣/٠٣/٢٢')).toBe('2023/03/22');
    expect(normaliseString('۲۰۲۴')).toBe('2024');
    expect(normaliseString('١٠٠٬٠٠٠٫٥')).toBe('100,000.5');
    expect(normaliseString('٪')).toBe('%');
  });

  it('folds Persian letters and presentation forms (NFKC)', () => {
    expect(normaliseString('بوینت')).toBe('بوينت');
    expect(normaliseString('کرملین')).toBe('كرملين');
    expect(normaliseString('ﻻ')).toBe('لا');
    expect(normaliseString('ﺑﻮﺗﻴﻦ')).toBe('بوتين');
  });

  it('drops invisible and direction marks and lower-cases Latin', () => {
    expect(normaliseString('بو\u200fتين\u200b')).toBe('بوتين');
    expect(normaliseString('February GMT')).toBe('february gmt');
  });

  it('maps every normalised span back to the original, diacritics included', () => {
    const original = 'قال بُوتِينُ\u200f إن ﻻ شيء';
    const n = normalise(original);
    const at = n.text.indexOf('بوتين');
    const [s, e] = toOriginal(n, at, at + 'بوتين'.length);
    expect(original.slice(s, e)).toBe('بُوتِينُ');
    const la = n.text.indexOf('لا');
    const [ls, le] = toOriginal(n, la, la + 2);
    expect(original.slice(ls, le)).toBe('ﻻ');
  });

  it('keeps lone surrogates and astral characters without throwing', () => {
    const original = 'a\ud800b😀ج';
    const n = normalise(original);
    expect(n.text.length).toBe(n.starts.length - 1);
    for (let i = 0; i < n.text.length; i++) {
      expect(n.starts[i]).toBeLessThan(n.ends[i] as number);
      expect(n.ends[i]).toBeLessThanOrEqual(original.length);
    }
  });
});

describe('tokenize', () => {
  it('splits words, numbers with inner separators, and punctuation', () => {
    const toks = tokenize(normaliseString('زادت 227 مليار دولار، و10,000 و1.5%'));
    expect(toks.map((t) => `${t.kind}:${t.text}`)).toEqual([
      'word:زادت',
      'number:227',
      'word:مليار',
      'word:دولار',
      'punct:،',
      'word:و',
      'number:10,000',
      'word:و',
      'number:1.5',
      'punct:%',
    ]);
  });
});

describe('offset map kept as shifts', () => {
  it('maps every unit back as a unit-by-unit map would, around marks, drops and expansions', () => {
    const text = 'أيضاً ﻻ\u200fبد ﷺ ١٢ ـــ قال';
    const n = normalise(text);
    let from = 0;
    for (let u = 0; u < n.text.length; u++) {
      const [s, e] = toOriginal(n, u, u + 1);
      expect(s).toBe(n.starts[u]);
      expect(e).toBe(n.ends[u]);
      expect(s).toBeGreaterThanOrEqual(from);
      from = s;
    }
    expect(toOriginal(n, n.text.length, n.text.length)).toEqual([text.length, text.length]);
    expect(n.starts[n.text.length]).toBe(text.length);
  });
});
