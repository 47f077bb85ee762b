// Forms of the regional press the dates engine reads: Reuters' paired month names with a bare
// space (`25 فبراير شباط 2022`), a dotted dateline with its update note, the Maghrebi past
// adjectives (`السنة المنقضية`, `ديسمبر الفارط`) and `في أفق 2030`, an ambiguous month after `أشهر`
// or before a coordinated month, a sentence's months kept in one year, dashed year ranges, the new
// year (not the holiday), and a relative day with its weekday and date as one mention.

import { describe, expect, it } from 'vitest';
import { findPublishedDate } from '../../../lib/dates';
import { makeDoc } from '../../../lib/extract/document';
import { datesIn } from './dates';

const story = 'قال الكرملين إن الرئيسين أجريا محادثات تناولت العلاقات الثنائية.';

describe('paired month names with no slash (Reuters Arabic)', () => {
  it('one mention, the day of the month both names give', () => {
    expect(datesIn('في اتصال يوم 14 مارس آذار 2023 قال', '2023-03-20')).toEqual([
      ['يوم 14 مارس آذار 2023', '2023-03-14'],
    ]);
    expect(datesIn('التقيا يوم الثالث من يونيو حزيران.', '2023-07-01')).toEqual([
      ['يوم الثالث من يونيو حزيران', '2023-06-03'],
    ]);
    expect(datesIn('منذ أكتوبر تشرين الأول 2021', '2023-07-01')).toEqual([['أكتوبر تشرين الأول 2021', '2021-10']]);
  });

  it('two different months side by side are not a pair', () => {
    expect(datesIn('بين أيار مايو وحزيران', '2023-07-01').map(([t]) => t)).not.toContain('أيار مايو وحزيران');
    expect(datesIn('في 5 مارس نيسان المقبل', '2023-01-01')).not.toContainEqual(['5 مارس نيسان', expect.anything()]);
  });

  it('a Reuters dateline under the headline gives the publication day', () => {
    expect(findPublishedDate(makeDoc(`عنوان الخبر\n7 نوفمبر تشرين الثاني 2023\nموسكو (رويترز) - ${story}`))).toBe(
      '2023-11-07',
    );
  });
});

describe('datelines with an update note (Sputnik)', () => {
  it('a dotted date, a clock time and «(محدثة: …)» on one line', () => {
    const top = `عنوان\n14.05.2024, 09:30 (محدثة: 14.05.2024, 11:02)\nموسكو - سبوتنيك. ${story}`;
    expect(findPublishedDate(makeDoc(top))).toBe('2024-05-14');
  });
});

describe('Maghrebi forms', () => {
  it('السنة المنقضية, ديسمبر الفارط, أفق 2030', () => {
    expect(datesIn('ارتفعت المبادلات خلال السنة المنقضية', '2025-02-10')).toEqual([['السنة المنقضية', '2024']]);
    expect(datesIn('وكان قد صرح في نوفمبر الفارط بأن', '2025-02-10')).toEqual([['نوفمبر الفارط', '2024-11']]);
    expect(datesIn('بلوغ هذا المستوى في أفق 2030، حسب', '2025-02-10')).toEqual([['2030', '2030']]);
  });

  it('الفاتح جانفي (Algerian first of the month), أغشت (Mauritanian August)', () => {
    expect(datesIn('تنضم الدول الست ابتداء من الفاتح جانفي 2024.', '2023-08-24')).toEqual([
      ['الفاتح جانفي 2024', '2024-01-01'],
    ]);
    expect(datesIn('قمة تيانجين يومي 31 أغشت و1 سبتمبر 2025', '2025-09-03')).toEqual([
      ['يومي 31 أغشت و1 سبتمبر 2025', '2025-08-31', '2025-09-01'],
    ]);
  });
});

describe('ambiguous month names (مارس, جوان, أوت)', () => {
  it('after the plural or dual of شهر, or before a coordinated month', () => {
    expect(datesIn('تراجعت خلال أشهر مارس وأفريل', '2025-01-13')).toEqual([
      ['مارس', '2025-03'],
      ['أفريل', '2025-04'],
    ]);
    expect(datesIn('سجلت في شهري جوان وجويلية ارتفاعا', '2024-09-01')).toEqual([
      ['جوان', '2024-06'],
      ['جويلية', '2024-07'],
    ]);
    expect(datesIn('مارس ضغوطا كبيرة', '2025-01-13')).toEqual([]);
  });

  it('a sentence’s months run through one year: a later month follows the year its first took', () => {
    expect(datesIn('وكانت الصادرات قد تراجعت في أفريل، قبل أن تعاود الارتفاع بداية من شهر أوت.', '2025-01-13')).toEqual(
      [
        ['أفريل', '2024-04'],
        ['شهر أوت', '2024-08'],
      ],
    );
  });

  it('an earlier month later in the sentence keeps its own placing', () => {
    expect(datesIn('تراجعت في أكتوبر ثم في فبراير.', '2025-01-13')).toEqual([
      ['أكتوبر', '2024-10'],
      ['فبراير', '2025-02'],
    ]);
  });
});

describe('ranges of years with a dash or a slash', () => {
  it('two modern years in order, close together', () => {
    expect(datesIn('فعاليات سنوات التبادل 2022-2023 أسهمت', '2024-01-01')).toEqual([['2022-2023', '2022', '2023']]);
    expect(datesIn('في الموسم 2023/2024 الكروي', '2024-01-01')).toEqual([['2023/2024', '2023', '2024']]);
  });

  it('not numbers that only look like them', () => {
    expect(datesIn('رقم الملف 2024-2021 لدى المحكمة', '2024-01-01')).toEqual([]);
    expect(datesIn('بيع 1500-2000 سيارة', '2024-01-01')).toEqual([]);
  });
});

describe('the new year', () => {
  it('the year just begun, or the coming one in the second half of the year', () => {
    expect(datesIn('أول لقاء بين الزعيمين في العام الجديد', '2025-01-21')).toEqual([['العام الجديد', '2025']]);
    expect(datesIn('خطط الحكومة في السنة الجديدة', '2024-12-20')).toEqual([['السنة الجديدة', '2025']]);
  });

  it('not the holiday, nor the new secretary general', () => {
    expect(datesIn('في رسالة تهنئة بمناسبة حلول العام الجديد', '2024-12-31')).toEqual([]);
    expect(datesIn('تبادلا التهاني بالعام الجديد', '2024-12-31')).toEqual([]);
    expect(datesIn('انتخب الأمين العام الجديد للحزب', '2024-12-31')).toEqual([]);
  });
});

describe('a relative day with its weekday and date', () => {
  it('one mention, valued by the date', () => {
    expect(datesIn('تنصيب الرئيس أمس الاثنين 20 جانفي، وأكدا', '2025-01-21')).toEqual([
      ['أمس الاثنين 20 جانفي', '2025-01-20'],
    ]);
    expect(datesIn('وصل اليوم الخميس، 8 فبراير 2024 إلى', '2024-02-08')).toEqual([
      ['اليوم الخميس، 8 فبراير 2024', '2024-02-08'],
    ]);
  });

  it('a count after the weekday is not its date', () => {
    expect(datesIn('وقع اليوم الخميس 5 اتفاقيات', '2024-02-08')).toEqual([['اليوم الخميس', '2024-02-08']]);
  });
});
