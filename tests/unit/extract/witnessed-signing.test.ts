// The two leaders witnessing a signing together is the press's standard formula for a joint event
// in one room (`شهد الرئيسان توقيع`, `يشهدان توقيع`, `بحضور الرئيسين`): a meeting cue in person
// (sentence-roles, addWitnessCue). Only with the signing as the object and both leaders, joined by
// `و`, as the subject; `شهد` alone (`شهدت العلاقات`, `شهد العالم`) or one leader witnessing is none.

import { describe, expect, it } from 'vitest';
import { extract } from '../../../lib/extract/extract';

const lines = (...l: string[]) => l.join('\n');
const PAD = 'وقال رئيس الشركة للصحفيين إن قيمة العقد تبلغ مليارات الدولارات وإن التوريد سيبدأ خلال السنوات المقبلة.';
const PAD2 = 'وأضاف أن البلدين سيواصلان التنسيق الوثيق في القضايا الدولية والإقليمية ذات الاهتمام المشترك.';

describe('two leaders witnessing a signing', () => {
  it('headline `يشهدان توقيع` and lead `شهد … ونظيره … توقيع`: relevant, in person, at the city', () => {
    const r = extract(
      lines(
        'بوتين وشي جين بينغ يشهدان توقيع صفقة الغاز في شنغهاي',
        'شهد الرئيس الروسي فلاديمير بوتين ونظيره الصيني شي جين بينغ، اليوم الأربعاء، توقيع اتفاق لتوريد الغاز إلى الصين.',
        PAD,
        PAD2,
      ),
      { published: '2014-05-21' },
    );
    expect(r.relevant).toBe(true);
    expect(r.meeting).toMatchObject({ kind: 'in-person', venue: 'shanghai', participants: ['putin', 'xi'] });
  });

  it('`مراسم توقيع` as the object, the dual verb after the pair', () => {
    const r = extract(
      lines(
        'الرئيسان بوتين وشي جين بينغ يحضران مراسم توقيع اتفاقيات التعاون في بكين',
        'وقال مسؤولون إن الاتفاقيات تشمل الطاقة والنقل والمال.',
        PAD2,
      ),
      { published: '2024-05-16' },
    );
    expect(r.relevant).toBe(true);
    expect(r.meeting).toMatchObject({ kind: 'in-person' });
  });

  it('`وقع البلدان … بحضور الرئيسين بوتين وشي`', () => {
    const r = extract(
      lines(
        'روسيا والصين توقعان اتفاقيات للطاقة',
        'ووقع البلدان عشرات الاتفاقيات في مجالات الطاقة والنقل في بكين اليوم بحضور الرئيسين فلاديمير بوتين وشي جين بينغ.',
        PAD2,
      ),
      { published: '2024-05-16' },
    );
    expect(r.relevant).toBe(true);
  });
});

describe('what is no witnessed signing', () => {
  it('one leader witnessing a signing with a third country', () => {
    const r = extract(
      lines(
        'بوتين يشهد توقيع اتفاقيات مع الهند',
        'شهد الرئيس الروسي فلاديمير بوتين ورئيس الوزراء الهندي ناريندرا مودي توقيع اتفاقيات في نيودلهي، فيما قال الرئيس الصيني شي جين بينغ إن بلاده ترحب بالتعاون.',
        PAD2,
      ),
      { published: '2024-05-16' },
    );
    expect(r.relevant).toBe(false);
  });

  it('`شهدت العلاقات` and `شهد العالم`: not the signing as object', () => {
    const r = extract(
      lines(
        'العلاقات الروسية الصينية تشهد تطورا',
        'شهدت العلاقات بين بوتين وشي جين بينغ تطورا كبيرا، وشهد العالم توقيع اتفاقيات كثيرة بين البلدين في السنوات الأخيرة.',
        PAD2,
      ),
      { published: '2024-05-16' },
    );
    expect(r.relevant).toBe(false);
  });

  it('the leaders witnessing something else (`يشهدان عرضا`)', () => {
    const r = extract(
      lines(
        'مقال رأي عن التحالف',
        'يرى محللون أن بوتين وشي يشهدان تحولا في النظام الدولي وتوقيع الاتفاقيات لا يغير ذلك.',
        PAD2,
      ),
      { published: '2024-05-16' },
    );
    expect(r.relevant).toBe(false);
  });
});
