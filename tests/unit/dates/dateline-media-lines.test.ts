// A video's or podcast's page dates itself on a line the channel fills (`١٨٬٤٣٢ مشاهدة  ٣٠/١٢/٢٠٢٢
// #روسيا #الصين`, `6 يونيو 2019 · 38 دقيقة`): its hashtags, the length of the clip or episode, and
// a reading time (`3 دقائق قراءة`) stand beside the date as a view counter does, and leave it the
// page's date. A number of minutes in a sentence, or words that are no tag, still make a sentence.

import { describe, expect, it } from 'vitest';
import { findPublishedDate } from '../../../lib/dates';
import { makeDoc } from '../../../lib/extract/document';

const story = 'أجرى الرئيس الروسي فلاديمير بوتين محادثات عبر الفيديو مع نظيره الصيني شي جين بينغ.';
const published = (line: string) => findPublishedDate(makeDoc(`عنوان المقطع\n${line}\n${story}`));

describe('the date line of a video or podcast page', () => {
  it('keeps its date beside the channel’s hashtags (YouTube description)', () => {
    expect(published('٢٫١ ألف مشاهدة  ١٥‏/١٢‏/٢٠٢١  #روسيا #الصين #بوتين')).toBe('2021-12-15');
    expect(published('15 ديسمبر 2021  #قمة_بوتين_شي')).toBe('2021-12-15');
  });

  it('beside the length of the episode or a reading time', () => {
    expect(published('6 يونيو 2019 · 38 دقيقة')).toBe('2019-06-06');
    expect(published('الخميس 6 يونيو 2019 | 3 دقائق قراءة')).toBe('2019-06-06');
  });

  it('but words that are no tag, or minutes of something told, make a sentence', () => {
    expect(published('تحدث الرئيسان 38 دقيقة يوم 6 يونيو 2019')).toBeNull();
    expect(published('15 ديسمبر 2021 روسيا والصين وبوتين وشي')).toBeNull();
  });
});

describe('an embedded post’s stamp inside the story', () => {
  it('does not date a page the update line above the story dates (Al-Quds Al-Arabi)', () => {
    const page = [
      'مودي في موسكو: بوتين يقلد رئيس الوزراء الهندي أرفع وسام روسي',
      'آخر تحديث: 9 - يوليو - 2024 | 20:15',
      'منح الرئيس الروسي فلاديمير بوتين، الثلاثاء، رئيس الوزراء الهندي ناريندرا مودي وسام القديس أندراوس الرسول، أرفع وسام روسي، خلال مراسم أقيمت في الكرملين في ختام محادثات بين الجانبين.',
      'وكتب الرئيس الأوكراني على منصة إكس:',
      '10:03 م · 8 يوليو 2024',
    ].join('\n');
    expect(findPublishedDate(makeDoc(page))).toBe('2024-07-09');
  });
});
