// Parts of a month in running text are month-grain dates (`مطلع الشهر المقبل` → 2024-05), and a
// year-less agency dateline (`بكين - 18 - 10 (كونا) --`) is itself a date mention.

import { describe, expect, it } from 'vitest';
import { findPublishedDate, parseDatePhrase } from '../../../lib/dates';
import { makeDoc } from '../../../lib/extract/document';
import { datesIn } from './dates';

describe('parts of a month in running text', () => {
  it('are month-grain dates (Gulf, Levantine, Maghrebi copy)', () => {
    const text =
      'ويزور الرئيس موسكو مطلع الشهر المقبل، بعد محادثات جرت أوائل مارس ومنتصف أبريل، على أن تعقد القمة أواخر الشهر الجاري أو في مستهل يونيو 2025.';
    expect(datesIn(text, '2024-04-10')).toEqual([
      ['مطلع الشهر المقبل', '2024-05'],
      ['أوائل مارس', '2024-03'],
      ['منتصف أبريل', '2024-04'],
      ['أواخر الشهر الجاري', '2024-04'],
      ['مستهل يونيو 2025', '2025-06'],
    ]);
  });

  it('keep their day intervals as whole phrases (Duckling conformance)', () => {
    expect(parseDatePhrase('في اوائل اذار', '2013-02-12')).toMatchObject({
      value: '2013-03-01',
      valueEnd: '2013-03-10',
    });
    expect(parseDatePhrase('منتصف الشهر الجاري', '2024-02-08')).toMatchObject({ value: '2024-02-15' });
  });
});

describe('year-less numeric agency datelines', () => {
  const story = 'أجرى الرئيس الصيني محادثات مع نظيره الروسي في العاصمة الصينية اليوم.';

  it('give no publication date, but are a date mention', () => {
    const text = `بكين - 18 - 10 (كونا) -- ${story}`;
    expect(findPublishedDate(makeDoc(text))).toBeNull();
    expect(datesIn(text, null)).toEqual([
      ['18 - 10', '--10-18'],
      ['اليوم', '--10-18'],
    ]);
  });

  it('take the year of a real reference, not of a year later in the text', () => {
    expect(datesIn(`موسكو - 4 - 7 (كونا) -- ${story}`, '2017-07-04')).toEqual([
      ['4 - 7', '2017-07-04'],
      ['اليوم', '2017-07-04'],
    ]);
    // The dateline's day is the story's: never after the publication day.
    expect(datesIn(`بكين - 18 - 10 (كونا) -- ${story}`, '2025-03-15')[0]).toEqual(['18 - 10', '2024-10-18']);
    expect(datesIn(`موسكو - 4 - 7 (كونا) -- ${story} وكانت آخر زيارة في عام 2015.`, null)).toEqual([
      ['4 - 7', '--07-04'],
      ['اليوم', '--07-04'],
      ['عام 2015', '2015'],
    ]);
  });
});

describe('an update label after the date on its line', () => {
  it('CNN: `الجمعة، 22 آذار/مارس 2013، آخر تحديث 17:40 (GMT+0400)` dates the page', () => {
    const text =
      'شي جين بينغ يختار موسكو لأولى جولاته الخارجية\nالجمعة، 22 آذار/مارس 2013، آخر تحديث 17:40 (GMT+0400)\nموسكو، روسيا (CNN)-- وصل الرئيس الصيني إلى موسكو.';
    expect(findPublishedDate(makeDoc(text))).toBe('2013-03-22');
  });

  it('needs the clock after the label: a sentence with آخر تحديث and words stays no dateline', () => {
    const text =
      'عنوان الخبر هنا\nوأعلن الموقع في 22 آذار/مارس 2013 آخر تحديث لقائمة الأسعار في الأسواق المحلية\nنص الخبر.';
    expect(findPublishedDate(makeDoc(text))).toBeNull();
  });
});
