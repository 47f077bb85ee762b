// Wire copy reports a call or talks by what one leader told the other (Reuters' `X told Y`): `شي
// يقول لبوتين إن …`, `قال الرئيس الصيني شي لنظيره الروسي بوتين يوم الجمعة إن …` is an exchange of
// the two (a `told` cue, sentence-roles). A message (`في رسالة`, `برقية`) and a medium addressed
// (`لوكالة`, `للصحفيين`) are not.

import { describe, expect, it } from 'vitest';
import { extract } from '../../../lib/extract/extract';

const lines = (...l: string[]) => l.join('\n');
const PAD = 'وأضاف أن البلدين سيواصلان التنسيق الوثيق في القضايا الدولية والإقليمية ذات الاهتمام المشترك.';

describe('one leader telling the other', () => {
  it('headline `X يقول لـY` and lead `قال X لنظيره Y يوم الجمعة`: relevant, dated by the lead', () => {
    const r = extract(
      lines(
        'شي جين بينغ يقول لبوتين إن الصين مستعدة لتعزيز التعاون مع روسيا',
        'قال الرئيس الصيني شي جين بينغ لنظيره الروسي فلاديمير بوتين يوم الجمعة إن الصين مستعدة لزيادة التعاون الاستراتيجي.',
        PAD,
      ),
      { published: '2022-12-30' },
    );
    expect(r.relevant).toBe(true);
    expect(r.meeting).toMatchObject({ start: '2022-12-30', participants: ['putin', 'xi'] });
  });

  it('Russian side first, addressed by title: `قال بوتين للرئيس الصيني شي`', () => {
    const r = extract(
      lines(
        'بوتين: العلاقات مع الصين في أفضل حالاتها',
        'قال الرئيس الروسي فلاديمير بوتين للرئيس الصيني شي جين بينغ اليوم الخميس إن العلاقات بين البلدين في أفضل حالاتها.',
        PAD,
      ),
      { published: '2024-02-08' },
    );
    expect(r.relevant).toBe(true);
  });

  it('a message is no exchange: `قال شي في رسالة إلى بوتين`, `قال شي لبوتين في برقية تهنئة`', () => {
    for (const lead of [
      'قال الرئيس الصيني شي جين بينغ في رسالة إلى نظيره الروسي فلاديمير بوتين إن الصين تقف مع روسيا.',
      'قال الرئيس الصيني شي جين بينغ لنظيره الروسي فلاديمير بوتين في برقية تهنئة إن الصين تتمنى لروسيا الازدهار.',
    ]) {
      const r = extract(lines('شي يهنئ بوتين بالعيد الوطني', lead, PAD), { published: '2024-06-12' });
      expect(r.relevant).toBe(false);
    }
  });

  it('a medium addressed, or one leader speaking of the other, is no exchange', () => {
    for (const lead of [
      'قال الرئيس الروسي فلاديمير بوتين لوكالة شينخوا إن الرئيس الصيني شي جين بينغ صديق عزيز.',
      'قال الرئيس الروسي فلاديمير بوتين للصحفيين إن الرئيس الصيني شي جين بينغ صديق عزيز.',
      'قال الرئيس الروسي فلاديمير بوتين إن شي جين بينغ صديق عزيز لروسيا.',
    ]) {
      const r = extract(lines('بوتين يشيد بالعلاقات مع الصين', lead, PAD), { published: '2024-06-12' });
      expect(r.relevant).toBe(false);
    }
  });
});
