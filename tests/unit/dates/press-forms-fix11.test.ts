// Forms of the press read since the eleventh blind sets: Levantine month names without the article
// (`تشرين اول`, `كانون ثاني`), alone and paired; the date a page puts at the end of its title
// (`… | 15 يونيو 2022`); a print masthead's volume and issue numbers beside its date; the start of
// the year with no adjective (`منذ مطلع العام`).

import { describe, expect, it } from 'vitest';
import { findPublishedDate } from '../../../lib/dates';
import { makeDoc } from '../../../lib/extract/document';
import { datesIn } from './dates';

const story = 'قال الكرملين إن الرئيسين أجريا محادثات تناولت العلاقات الثنائية.';
const published = (text: string) => findPublishedDate(makeDoc(text));

describe('Levantine and Iraqi month names without the article', () => {
  it('alone, with and without hamza', () => {
    expect(datesIn('التقى الرئيسان في 2 تشرين اول 2024 في موسكو', null)).toEqual([['2 تشرين اول 2024', '2024-10-02']]);
    expect(datesIn('وصل في 5 تشرين أول 2023', null)).toEqual([['5 تشرين أول 2023', '2023-10-05']]);
    expect(datesIn('وصل في 5 تشرين ثاني 2023', null)).toEqual([['5 تشرين ثاني 2023', '2023-11-05']]);
    expect(datesIn('وصل في 5 كانون اول 2023', null)).toEqual([['5 كانون اول 2023', '2023-12-05']]);
    expect(datesIn('وصل في 5 كانون ثاني 2023', null)).toEqual([['5 كانون ثاني 2023', '2023-01-05']]);
    expect(datesIn('زارها في تشرين اول الماضي', '2024-06-01')).toEqual([['تشرين اول الماضي', '2023-10']]);
  });

  it('with the article, hamza or not (unchanged)', () => {
    expect(datesIn('وصل في 2 تشرين الاول 2024', null)).toEqual([['2 تشرين الاول 2024', '2024-10-02']]);
    expect(datesIn('وصل في 5 كانون الثاني 2023', null)).toEqual([['5 كانون الثاني 2023', '2023-01-05']]);
  });

  it('paired with the other series, either way round', () => {
    expect(datesIn('وصل في 5 تشرين اول/أكتوبر 2023', null)).toEqual([['5 تشرين اول/أكتوبر 2023', '2023-10-05']]);
    expect(datesIn('وصل في 5 تشرين أول (أكتوبر) 2023', null)).toEqual([['5 تشرين أول (أكتوبر) 2023', '2023-10-05']]);
    expect(datesIn('وصل في 5 كانون ثاني/يناير 2023', null)).toEqual([['5 كانون ثاني/يناير 2023', '2023-01-05']]);
    expect(datesIn('وصل في 5 نوفمبر/تشرين ثاني 2023', null)).toEqual([['5 نوفمبر/تشرين ثاني 2023', '2023-11-05']]);
    expect(datesIn('وصل في 5 ديسمبر/كانون اول 2023', null)).toEqual([['5 ديسمبر/كانون اول 2023', '2023-12-05']]);
    expect(datesIn('وصل في 5 أكتوبر تشرين اول 2023', null)).toEqual([['5 أكتوبر تشرين اول 2023', '2023-10-05']]);
  });

  it('a dateline in the Levantine form gives the publication day', () => {
    expect(published(`عنوان الخبر\n2 تشرين اول 2024\n${story}`)).toBe('2024-10-02');
  });

  it('Maghrebi and Moroccan series, alone and paired (unchanged)', () => {
    expect(datesIn('في 5 جانفي 2023 و6 فيفري 2023', null)).toEqual([
      ['5 جانفي 2023', '2023-01-05'],
      ['6 فيفري 2023', '2023-02-06'],
    ]);
    expect(datesIn('في 5 جويلية/يوليو 2023', null)).toEqual([['5 جويلية/يوليو 2023', '2023-07-05']]);
    expect(datesIn('في 5 غشت/أغسطس 2023', null)).toEqual([['5 غشت/أغسطس 2023', '2023-08-05']]);
    expect(datesIn('في 5 شتنبر 2023', null)).toEqual([['5 شتنبر 2023', '2023-09-05']]);
  });
});

describe('a full date closing the first line after a bar or dash', () => {
  const body = 'أجرى الرئيس الروسي فلاديمير بوتين، الأربعاء، اتصالا هاتفيا بنظيره الصيني.';

  it('is the publication day, however long the headline', () => {
    expect(
      published(
        `بوتين يهنئ شي بعيد ميلاده في اتصال هاتفي.. وبكين تؤكد "الدعم المتبادل" | 15 يونيو 2022\nأبوظبي - سكاي نيوز عربية\n${body}`,
      ),
    ).toBe('2022-06-15');
    expect(
      published(
        `الرئيس الصيني يصل موسكو في زيارة دولة تستمر ثلاثة أيام وتشمل محادثات مع بوتين في الكرملين - 20/03/2023\n${body}`,
      ),
    ).toBe('2023-03-20');
    expect(
      published(
        `الرئيس الصيني يصل موسكو في زيارة دولة تستمر ثلاثة أيام وتشمل محادثات مع بوتين في الكرملين | الاثنين 20 مارس 2023 10:45\n${body}`,
      ),
    ).toBe('2023-03-20');
  });

  it('not a date among the headline words, a range, a year-less date, or text after the date', () => {
    const long = 'الرئيس الصيني يصل موسكو في زيارة دولة تستمر ثلاثة أيام وتشمل محادثات مع بوتين';
    expect(published(`${long} حتى 22 مارس 2023\n${body}`)).toBeNull();
    expect(published(`${long} في الكرملين في 20 - 22 مارس 2023\n${body}`)).toBeNull();
    expect(published(`${long} في الكرملين | 22 مارس\n${body}`)).toBeNull();
    expect(published(`${long} في الكرملين - 22 مارس 2023 - وتأمل بكين بالكثير\n${body}`)).toBeNull();
  });

  it('only on the first line: a long story line ending so is no dateline', () => {
    const long = 'وقال المتحدث إن الرئيس الصيني يصل موسكو في زيارة دولة تستمر ثلاثة أيام وتشمل محادثات مع بوتين';
    expect(published(`عنوان الخبر\n${long} - 22 مارس 2023\n${body}`)).toBeNull();
  });
});

describe('a print masthead: volume and issue numbers beside the date', () => {
  it("Al-Ahram's masthead with the Hijri and Gregorian dates", () => {
    expect(
      published(`السنة 143 العدد 48397 الخميس 3 من شوال 1440 هــ 6 يونيو 2019\nشى جين بينج فى موسكو:\n${story}`),
    ).toBe('2019-06-06');
    expect(published(`عنوان\nالعدد رقم 48397 الخميس 6 يونيو 2019\n${story}`)).toBe('2019-06-06');
  });

  it('an issue in a sentence, or a number with no label, is no masthead', () => {
    expect(published(`عنوان\nصدر العدد 500 من المجلة يوم 6 يونيو 2019\n${story}`)).toBeNull();
    expect(published(`عنوان\nفي السنة 3 من ولايته 6 يونيو 2019\n${story}`)).toBeNull();
    expect(published(`عنوان\nوصل 143 زائرا الخميس 6 يونيو 2019\n${story}`)).toBeNull();
  });
});

describe('the start of the year with no adjective', () => {
  it('is this year', () => {
    expect(datesIn('وهذا هو اللقاء الثالث بين الزعيمين منذ مطلع العام.', '2024-10-23')).toEqual([
      ['مطلع العام', '2024'],
    ]);
    expect(datesIn('أول قمة بعد توسعها مطلع العام لتضم مصر وإيران.', '2024-10-23')).toEqual([['مطلع العام', '2024']]);
    expect(datesIn('انضمت إلى المجموعة أوائل العام، وفق البيان.', '2024-10-23')).toEqual([['أوائل العام', '2024']]);
    expect(datesIn('ارتفعت المبادلات منذ بداية السنة', '2025-02-10')).toEqual([['بداية السنة', '2025']]);
  });

  it('not a year of another kind, not half a year, not the end of the year', () => {
    expect(datesIn('تبدأ الميزانية مطلع العام المالي', '2024-10-23')).toEqual([]);
    expect(datesIn('مع بداية العام الدراسي الجديد', '2024-10-23')).toEqual([]);
    expect(datesIn('انخفض الإنتاج خلال نصف العام', '2024-10-23')).toEqual([]);
    expect(datesIn('في آخر اتصال بين الزعيمين قبل نهاية العام.', '2024-10-23')).toEqual([]);
  });

  it('with its own year or direction (unchanged)', () => {
    expect(datesIn('وقع الاتفاق مطلع العام 2023 في بكين', '2024-10-23')).toEqual([['مطلع العام 2023', '2023']]);
    expect(datesIn('منذ مطلع العام الماضي', '2024-10-23')).toEqual([['مطلع العام الماضي', '2023']]);
  });
});
