// The venue of the leaders' meeting, not the next stop of the tour nor a meeting of others agreed
// for later (later-step.ts); and a dateline or a speaking institution is not the venue of a trip
// abroad (destination-country.ts).

import { describe, expect, it } from 'vitest';
import { destinationCountries } from '../../../lib/extract/destination-country';
import { extract } from '../../../lib/extract/extract';
import { normaliseString } from '../../../lib/text/normalise';

const lines = (...l: string[]) => l.join('\n');
const venueOf = (text: string, published: string) => extract(text, { published }).meeting?.venue;

describe('a later step of the trip is not the venue', () => {
  it('ثم يتوجه إلى هاربين يوم الجمعة after talks in Beijing (Gulf)', () => {
    const r = extract(
      lines(
        'بوتين يصل إلى بكين في زيارة دولة',
        'وصل الرئيس الروسي فلاديمير بوتين اليوم الخميس إلى بكين في زيارة دولة أجرى خلالها محادثات مع الرئيس الصيني شي جين بينغ، ثم يتوجه إلى هاربين يوم الجمعة.',
      ),
      { published: '2024-05-16' },
    );
    expect(r.meeting).toMatchObject({ venue: 'beijing', start: '2024-05-16' });
  });

  it('with no other city named, the next stop leaves the venue unknown', () => {
    // A day of no known meeting: the record of meetings places nothing either.
    expect(
      venueOf(
        'يلتقي الرئيس الروسي فلاديمير بوتين نظيره الصيني شي جين بينغ اليوم الخميس، ثم يتوجه إلى مدينة هاربين يوم الجمعة للمشاركة في معرض.',
        '2026-05-14',
      ),
    ).toBeNull();
    expect(
      venueOf('أجرى الرئيس فلاديمير بوتين محادثات مع نظيره الصيني شي جين بينغ قبل أن يتوجه إلى هاربين.', '2026-05-14'),
    ).toBeNull();
    // On the day of a known visit (Beijing, then Harbin), the record places it: never the next stop.
    expect(
      venueOf(
        'يلتقي الرئيس الروسي فلاديمير بوتين نظيره الصيني شي جين بينغ اليوم الخميس، ثم يتوجه إلى مدينة هاربين يوم الجمعة للمشاركة في معرض.',
        '2024-05-16',
      ),
    ).toBe('beijing');
  });

  it('a premiers’ meeting agreed with على أن is not the leaders’ (Levantine)', () => {
    const r = extract(
      lines(
        'شي يستقبل بوتين في هانغتشو',
        'استقبل الرئيس الصيني شي جين بينغ نظيره الروسي فلاديمير بوتين اليوم الأحد، على أن يلتقي رئيسا الوزراء في سان بطرسبورغ.',
      ),
      { published: '2016-09-04' },
    );
    expect(r.meeting).toMatchObject({ venue: 'hangzhou', start: '2016-09-04' });
  });

  it('the dateline city stays the venue when the only other city is a later step (Xinhua)', () => {
    const r = extract(
      lines(
        'بكين 4 سبتمبر 2016 (شينخوا) --',
        'استقبل الرئيس الصيني شي جين بينغ نظيره الروسي فلاديمير بوتين اليوم الأحد، على أن يلتقي رئيسا الوزراء في سان بطرسبورغ.',
      ),
      { published: '2016-09-04' },
    );
    expect(r.meeting).toMatchObject({ venue: 'beijing', start: '2016-09-04' });
  });

  it('talks of the leaders after ثم are the meeting: their place counts', () => {
    expect(
      venueOf('وصل الرئيس الروسي فلاديمير بوتين إلى الصين ثم عقد محادثات مع الرئيس شي جين بينغ في بكين.', '2024-05-16'),
    ).toBe('beijing');
  });
});

describe('the dateline is not the venue of a trip abroad', () => {
  it('a Beijing-datelined announcement of Xi’s visit to Russia names no venue (Xinhua)', () => {
    expect(
      venueOf(
        lines(
          'بكين (شينخوا)',
          'أعلنت وزارة الخارجية الصينية اليوم أن الرئيس شي جين بينغ سيقوم بزيارة دولة إلى روسيا يجري خلالها محادثات مع الرئيس فلاديمير بوتين.',
        ),
        '2023-03-13',
      ),
    ).toBeNull();
  });

  it('nor the Kremlin speaking of Putin’s trip to China (Sputnik)', () => {
    expect(
      venueOf(
        lines(
          'موسكو - سبوتنيك',
          'أعلن الكرملين اليوم أن الرئيس فلاديمير بوتين سيتوجه إلى الصين الشهر المقبل لإجراء محادثات مع الرئيس شي جين بينغ.',
        ),
        '2024-04-10',
      ),
    ).toBeNull();
  });

  it('the city named for the visit wins over the dateline', () => {
    expect(
      venueOf(
        lines(
          'بكين - أ ف ب',
          'أعلنت بكين اليوم الجمعة أن الرئيس الصيني شي جين بينغ سيزور روسيا من 20 إلى 22 آذار حيث يلتقي نظيره فلاديمير بوتين في موسكو.',
        ),
        '2023-03-17',
      ),
    ).toBe('moscow');
  });

  it('a visit to the dateline’s own country keeps the dateline city', () => {
    expect(
      venueOf(
        lines(
          'بكين (شينخوا)',
          'أجرى الرئيس الصيني شي جين بينغ اليوم محادثات مع الرئيس الروسي فلاديمير بوتين الذي يزور الصين.',
        ),
        '2024-05-16',
      ),
    ).toBe('beijing');
  });
});

describe('destinationCountries', () => {
  const find = (s: string) => {
    const t = normaliseString(s);
    return destinationCountries(t, 0, t.length);
  };
  it('a country after a word of going or being there, or with ل/ب attached', () => {
    expect(find('سيقوم بزيارة دولة إلى روسيا')).toEqual(['RU']);
    expect(find('في زيارته لروسيا')).toEqual(['RU']);
    expect(find('الذي يزور الصين')).toEqual(['CN']);
    expect(find('سيتوجه إلى جنوب أفريقيا')).toEqual(['ZA']);
  });
  it('not a country standing for a party', () => {
    expect(find('العلاقات بين روسيا والصين')).toEqual([]);
    expect(find('أكدت روسيا دعمها')).toEqual([]);
  });
});

describe('a later step’s date is not the meeting’s', () => {
  it('the premiers’ month after على أن does not date the announced visit', () => {
    const r = extract(
      lines(
        'بوتين يزور الصين الخميس',
        'أعلن الكرملين، اليوم الثلاثاء، أن الرئيس فلاديمير بوتين يصل إلى بكين الخميس لإجراء محادثات مع نظيره الصيني شي جين بينغ.',
        'وقال المتحدث باسم الكرملين إن الزيارة مهمة، على أن يلتقي رئيسا الوزراء في سان بطرسبورغ الشهر المقبل.',
      ),
      { published: '2024-05-14' },
    );
    expect(r.meeting).toMatchObject({ start: '2024-05-16', venue: 'beijing', announced: true });
  });
});

describe('a step made for talks with the other leader is the meeting', () => {
  it('leaving home, then the capital for talks: the capital and its day (Gulf preview)', () => {
    const r = extract(
      lines(
        'بوتين إلى الصين',
        'سيغادر الرئيس الروسي فلاديمير بوتين موسكو اليوم الأحد، ثم يتوجه إلى بكين لعقد محادثات رسمية مع نظيره الصيني شي جين بينغ يوم الثلاثاء.',
      ),
      { published: '2026-03-01' },
    );
    expect(r.meeting).toMatchObject({ venue: 'beijing', start: '2026-03-03', announced: true });
  });

  it('but a step made to meet another official stays a later step', () => {
    const r = extract(
      lines(
        'شي يستقبل بوتين في بكين',
        'أجرى الرئيس الصيني شي جين بينغ اليوم الخميس محادثات مع نظيره الروسي فلاديمير بوتين في بكين، ثم يتوجه بوتين إلى شنغهاي للقاء رئيس الوزراء لي تشيانغ.',
      ),
      { published: '2026-05-14' },
    );
    expect(r.meeting).toMatchObject({ venue: 'beijing', start: '2026-05-14' });
  });

  it('days told before the sequel are the first stop’s, not the talks’ (agency preview)', () => {
    const r = extract(
      lines(
        'الكرملين: محادثات بين بوتين وشي في بكين',
        'أعلن الكرملين، الجمعة، أن الرئيس الروسي فلاديمير بوتين سيجري محادثات مع نظيره الصيني شي جين بينغ في بكين في الثاني من سبتمبر، خلال زيارة إلى الصين تستمر أربعة أيام.',
        'وقال يوري أوشاكوف إن بوتين سيصل إلى تيانجين للمشاركة في قمة المنظمة يومي 31 أغسطس والأول من سبتمبر، قبل أن ينتقل إلى العاصمة الصينية حيث تجرى المحادثات الرسمية مع شي.',
      ),
      { published: '2025-08-29' },
    );
    expect(r.meeting).toMatchObject({ venue: 'beijing', start: '2025-09-02', end: null });
  });
});

describe('a headline’s source before its colon is no place', () => {
  it('`… والكرملين: لقاء مع بوتين الثلاثاء` over a summit in Kazan (Egyptian)', () => {
    const r = extract(
      lines(
        'الصين تعلن مشاركة شي جين بينغ في قمة بريكس بقازان.. والكرملين: لقاء مع بوتين الثلاثاء',
        'أعلنت وزارة الخارجية الصينية اليوم الجمعة أن الرئيس الصيني شي جين بينغ سيتوجه إلى مدينة قازان الروسية لحضور قمة مجموعة بريكس، تلبية لدعوة من الرئيس الروسي فلاديمير بوتين.',
        'وقال يوري أوشاكوف إن بوتين سيعقد محادثات مع نظيره الصيني يوم الثلاثاء المقبل.',
      ),
      { published: '2026-10-16' },
    );
    expect(r.meeting).toMatchObject({ venue: 'kazan', start: '2026-10-20' });
  });

  it('while a dateline’s city before its colon still places the story', () => {
    const r = extract(
      lines(
        'بوتين وشي يبحثان التعاون',
        'بكين: «الخليج»، وكالات',
        'أجرى الرئيس الروسي فلاديمير بوتين اليوم الخميس محادثات مع نظيره الصيني شي جين بينغ.',
      ),
      { published: '2026-10-15' },
    );
    expect(r.meeting).toMatchObject({ venue: 'beijing', start: '2026-10-15' });
  });
});
