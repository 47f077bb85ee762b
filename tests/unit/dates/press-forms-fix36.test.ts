// Date forms added with the thirty-sixth and thirty-seventh blind sets: a weekday after a comma
// names the relative day before it (`وفق ما أعلنه الكرملين اليوم، الخميس.`, Enab Baladi).

import { describe, expect, it } from 'vitest';
import { findPublishedDate } from '../../../lib/dates';
import { makeDoc } from '../../../lib/extract/document';
import { datesIn } from './dates';

describe('a relative day, a comma, then its weekday', () => {
  it('is one date when the weekday closes the phrase', () => {
    expect(datesIn('وفق ما أعلنه الكرملين اليوم، الخميس.', '2024-07-25')).toEqual([['اليوم، الخميس', '2024-07-25']]);
    expect(datesIn('وقال المتحدث أمس، الأربعاء، إن الزيارة تاريخية.', '2024-07-25')).toEqual([
      ['أمس، الأربعاء', '2024-07-24'],
    ]);
  });

  it('but a weekday that goes on into a phrase of its own stays apart', () => {
    expect(datesIn('أعلن الكرملين اليوم، الخميس المقبل موعدا للقمة.', '2024-07-25').map(([t]) => t)).toEqual([
      'اليوم',
      'الخميس المقبل',
    ]);
  });
});

describe('a year-less day a few days after the page, under a past tense', () => {
  it('is this year’s (`وكان شي قد وصل … في زيارة تستمر حتى العاشر من أيار` on the 8th)', () => {
    expect(datesIn('وكان شي قد وصل إلى موسكو في زيارة تستمر حتى العاشر من أيار، وهي الأولى له.', '2025-05-08')).toEqual(
      [['العاشر من أيار', '2025-05-10']],
    );
  });

  it('while a day weeks ahead under a past tense is last year’s', () => {
    expect(datesIn('وكان قد زار موسكو في 20 مايو.', '2025-05-08')).toEqual([['20 مايو', '2024-05-20']]);
  });
});

describe('names that look like a future verb', () => {
  it('`ستيف ويتكوف` gives no future to the weekday after it', () => {
    expect(datesIn('أطلعه على نتائج محادثاته مع ستيف ويتكوف في موسكو الأربعاء.', '2025-08-08')).toEqual([
      ['الأربعاء', '2025-08-06'],
    ]);
    // A future verb still does.
    expect(datesIn('سيستقبل الرئيس المبعوث في موسكو الأربعاء.', '2025-08-08')).toEqual([['الأربعاء', '2025-08-13']]);
  });
});

describe('a publication label with a clock time before its date', () => {
  it('`نُشر: 00:12-6 يونيو 2019` dates the page below a cookie notice and a menu', () => {
    const page = [
      'نستخدم ملفات تعريف الارتباط (كوكيز) لتقديم أفضل تجربة ممكنة لك على موقعنا. باستمرارك في تصفح الموقع فإنك توافق على استخدامنا لهذه الملفات.',
      'موافق',
      'العالم | العالم العربي | الخليج | الاقتصاد | الرياضة | ثقافة وفنون | يوميات | صحتك | الرأي | الفيديو',
      'بوتين وشي يرفعان العلاقات إلى «شراكة شاملة في حقبة جديدة»',
      'الرئيس الصيني اصطحب «هدية الباندا» إلى موسكو... وتعهد بمضاعفة التبادل التجاري بين البلدين',
      'نُشر: 00:12-6 يونيو 2019 م ـ 03 شَوّال 1440 هـ',
      'موسكو: رائد جبر',
      'وقّع الرئيسان الروسي فلاديمير بوتين والصيني شي جينبينغ في الكرملين، أمس (الأربعاء)، بيانين مشتركين.',
    ].join('\n');
    expect(findPublishedDate(makeDoc(page))).toBe('2019-06-06');
  });
});

describe('one day in two calendars joined by a dash', () => {
  it('is two dates of the same day, not a range, and dates the page (Tasnim)', () => {
    expect(datesIn('2024/05/16 - ۲۷ اردیبهشت ۱۴۰۳', '2024-05-16')).toEqual([
      ['2024/05/16', '2024-05-16'],
      ['۲۷ اردیبهشت ۱۴۰۳', '2024-05-16'],
    ]);
    const page = [
      'بوتين في بكين: شراكة بلا حدود',
      '2024/05/16 - ۲۷ اردیبهشت ۱۴۰۳',
      'وصل الرئيس الروسي فلاديمير بوتين اليوم الخميس إلى بكين في زيارة دولة.',
    ].join('\n');
    expect(findPublishedDate(makeDoc(page))).toBe('2024-05-16');
  });
});
