// Ids of people the gazetteer does not know: a readable, stable Latin form of the surname, or of
// the whole name when the title is Chinese, Korean or Vietnamese (surname first).

import { describe, expect, it } from 'vitest';
import { latinWord, nameSlug } from '../../../lib/gazetteer/latin-slug';
import { normaliseString } from '../../../lib/text/normalise';
import { pairs } from './found';

const latin = (w: string) => latinWord(normaliseString(w));

describe('the Latin form of a name', () => {
  it('reads و/ي as vowels between consonants and as w/y beside a vowel letter', () => {
    expect(latin('ساتكالييف')).toBe('satkalif');
    expect(latin('غالوزين')).toBe('ghaluzin');
    expect(latin('ماي')).toBe('may');
    expect(latin('وانغ')).toBe('wang');
    expect(latin('ستالين')).toBe('stalin');
    expect(latin('يوسف')).toBe('yusf');
  });

  it('gives the first syllable the vowel the script leaves out, and drops the article', () => {
    expect(latin('منفي')).toBe('menfi');
    expect(latin('المنفي')).toBe('menfi');
    expect(latin('الصفدي')).toBe('sefdi');
    expect(latin('بارك')).toBe('bark');
  });

  it('is the same for the same spelling, whatever the diacritics', () => {
    expect(latin('غَالُوزِين')).toBe(latin('غالوزين'));
    expect(nameSlug(['محمد', 'المنفي'], false)).toBe('menfi');
    expect(nameSlug(['لي', 'فاي'], true)).toBe('li-fay');
    expect(nameSlug([''], false)).toBe('unknown');
  });
});

describe('ids of unknown people in text', () => {
  it('the surname for most titles', () => {
    expect(pairs('وقال وزير الطاقة الكازاخستاني يرلان ساتكالييف إن الاتفاق جاهز.')).toEqual([
      'satkalif:يرلان ساتكالييف',
    ]);
    expect(pairs('وقال رئيس المجلس الرئاسي الليبي السابق فايز منفي إن', '2024-05-16')).toEqual(['menfi:فايز منفي']);
  });

  it('the whole name after a Chinese, Korean or Vietnamese title', () => {
    expect(pairs('وقال نائب وزير التجارة الصيني لي فاي إن', '2024-05-16')).toEqual(['li-fay:لي فاي']);
    expect(pairs('وقال نائب رئيس الوزراء الفيتنامي تران هونغ ها إن', '2024-05-16')).toEqual([
      'tran-hung-ha:تران هونغ ها',
    ]);
    // Not for other Asian titles: Thai names put the surname last.
    expect(pairs('وقالت رئيسة الوزراء التايلاندية بايتونغتارن شيناواترا إن')).toEqual([
      'shinawatra:بايتونغتارن شيناواترا',
    ]);
  });
});

describe('what follows a title and is no name', () => {
  it('a role the holder takes (ضيف شرف, ضيفا)', () => {
    expect(pairs('حين حل الرئيس الصيني ضيف شرف على احتفالات يوم النصر.', '2025-05-09')).toEqual([
      'xi:الرئيس الصيني (title)',
    ]);
    expect(pairs('وحل رئيس الوزراء الماليزي ضيفا على المنتدى.', '2025-05-09')).toEqual([
      'anwar-ibrahim:رئيس الوزراء الماليزي (title)',
    ]);
  });

  it('while a name after the title is still read', () => {
    expect(pairs('وحل الرئيس الإندونيسي برابوو سوبيانتو ضيفا على الاحتفالات.', '2025-05-09')).toEqual([
      'prabowo:برابوو سوبيانتو',
    ]);
  });
});

describe('a verb after a title is no name', () => {
  it('perfectives of renewing, expressing, praising (جدد دعوته, أبدى, أشاد)', () => {
    expect(pairs('وأعلن الكرملين أن الرئيس الروسي جدد دعوته لشي إلى زيارة موسكو.', '2025-01-22')).toEqual([
      'kremlin:الكرملين (title)',
      'putin:الرئيس الروسي (title)',
      'moscow:موسكو',
    ]);
    expect(pairs('وقال إن رئيس الوزراء الهندي أبدى استعداده للزيارة.', '2025-01-22')).toEqual([
      'modi:رئيس الوزراء الهندي (title)',
    ]);
  });
});

describe('a particle or an honorific after a title is no name', () => {
  it('a negation joined to ف or و (فلم يلق كلمته), an honorific with its pronoun (لفخامته)', () => {
    expect(pairs('أما الرئيس الصيني فلم يلق كلمته المقررة أمام المنتدى.', '2023-08-22')).toEqual([
      'xi:الرئيس الصيني (title)',
    ]);
    expect(pairs('واستقبل الملك الرئيس الصيني، وجرت لفخامته مراسم استقبال رسمية.', '2022-12-08')).toEqual([
      'xi:الرئيس الصيني (title)',
    ]);
  });

  it('while a name that starts like one is still read (فان)', () => {
    expect(pairs('والتقى الرئيس الفيتنامي فو فان ثونغ نظيره.', '2023-10-18').map((p) => p.split(':')[1])).toContain(
      'فو فان ثونغ',
    );
  });
});
