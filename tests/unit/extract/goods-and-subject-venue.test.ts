// A country where goods go is not where a visit goes (destination-country.ts), and a city opening a
// clause as its subject (`أن بكين لم تؤكد`) stands for its government, not for the meeting's place
// (meeting-venue.ts).

import { describe, expect, it } from 'vitest';
import { destinationCountries } from '../../../lib/extract/destination-country';
import { extract } from '../../../lib/extract/extract';
import { normaliseString } from '../../../lib/text/normalise';

const lines = (...l: string[]) => l.join('\n');
const find = (s: string) => {
  const t = normaliseString(s);
  return destinationCountries(t, 0, t.length);
};

describe('goods sent to a country', () => {
  it('supply, export, shipping and selling words before the country: no destination', () => {
    expect(find('إن روسيا ستورد إلى الصين 98 مليار متر مكعب من الغاز')).toEqual([]);
    expect(find('اتفقنا على الخط وسنورد للصين الغاز')).toEqual([]);
    expect(find('ارتفعت صادرات النفط الروسي إلى الهند')).toEqual([]);
    expect(find('بعد وقف تصدير القمح إلى تركيا')).toEqual([]);
    expect(find('وتبيع موسكو الغاز للصين بسعر أقل')).toEqual([]);
  });
  it('a visit is still one, also beside goods words and after أورد (cited)', () => {
    expect(find('وصل بوتين إلى الصين لبحث إمدادات الغاز')).toEqual(['CN']);
    expect(find('سيقوم بزيارة دولة إلى روسيا')).toEqual(['RU']);
    expect(find('أورد البيان أنه سيتوجه إلى روسيا')).toEqual(['RU']);
    expect(find('صدر بيان عن زيارته لروسيا')).toEqual(['RU']);
  });
  it('a place in another country is not preferred for gas promised to China', () => {
    const r = extract(
      lines(
        'شي يصل إلى موسكو',
        'وصل الرئيس الصيني شي جين بينغ اليوم الاثنين إلى موسكو في زيارة دولة يجري خلالها محادثات مع الرئيس فلاديمير بوتين، الذي أعلن أن روسيا ستورد إلى الصين مزيدا من الغاز.',
        'وفي بكين، قالت المتحدثة باسم الخارجية إن المحادثات مهمة.',
      ),
      { published: '2023-03-20' },
    );
    expect(r.meeting).toMatchObject({ venue: 'moscow', start: '2023-03-20' });
  });
});

describe('a city opening a clause as its subject', () => {
  it('`إن بكين لم توافق` in a later paragraph does not place talks named nowhere', () => {
    const r = extract(
      lines(
        'بوتين وشي يبحثان الغاز',
        'أجرى الرئيس الروسي فلاديمير بوتين محادثات مع نظيره الصيني شي جين بينغ اليوم الثلاثاء تناولت إمدادات الغاز.',
        'وقال محللون إن بكين لم توافق بعد على السعر خلال المحادثات.',
      ),
      // A day of no known meeting: the record of meetings places nothing either.
      { published: '2026-03-17' },
    );
    expect(r.meeting?.venue).toBeNull();
  });
  it('a city that hosts after أن is still the place', () => {
    const r = extract(
      lines(
        'بوتين وشي يبحثان الغاز',
        'أجرى الرئيس الروسي فلاديمير بوتين محادثات مع نظيره الصيني شي جين بينغ اليوم الثلاثاء.',
        'وأعلن الكرملين أن موسكو ستستضيف القمة المقبلة بين بوتين وشي.',
      ),
      { published: '2023-03-20' },
    );
    expect(r.meeting?.venue).toBe('moscow');
  });
});
