// A visit that "also" takes in a city (`سيزور أيضاً مدينة هاربين`) adds a stop to the tour: that
// city is not the meeting's venue (later-step.ts); a visit told with its length and two days that
// span it exactly (`زيارة تستمر ثلاثة أيام … أمس … وتنتهي غدا الأربعاء`) is a range (meeting-date.ts).

import { describe, expect, it } from 'vitest';
import { extract } from '../../../lib/extract/extract';

const lines = (...l: string[]) => l.join('\n');
const meetingOf = (text: string, published: string) => extract(text, { published }).meeting;

describe('a further stop told with أيضا / كذلك is not the venue', () => {
  it('سيزور أيضاً مدينة هاربين after a state visit to China (Gulf)', () => {
    const m = meetingOf(
      lines(
        'بوتين يزور الصين الأسبوع المقبل',
        'أعلن الكرملين أن الرئيس الروسي فلاديمير بوتين سيقوم بزيارة دولة إلى الصين يومي 20 و21 مايو، يجري خلالها محادثات مع نظيره الصيني شي جين بينغ.',
        'وأضاف أن بوتين سيزور أيضاً مدينة هاربين حيث سيشارك في افتتاح معرض.',
      ),
      '2026-05-12',
    );
    expect(m?.venue).not.toBe('harbin');
  });

  it('ويزور الرئيس الصيني كذلك سان بطرسبورغ (the subject between)', () => {
    const m = meetingOf(
      lines(
        'شي يزور روسيا',
        'يقوم الرئيس الصيني شي جين بينغ بزيارة دولة إلى روسيا من 20 إلى 22 مايو يلتقي خلالها نظيره الروسي فلاديمير بوتين.',
        'ويزور الرئيس الصيني كذلك مدينة سان بطرسبورغ للقاء طلاب صينيين.',
      ),
      '2026-05-12',
    );
    expect(m?.venue).not.toBe('saint-petersburg');
  });

  it('the stop where the talks are held stays the venue (حيث يلتقي)', () => {
    const m = meetingOf(
      lines(
        'شي يزور آسيا الوسطى وروسيا',
        'يبدأ الرئيس الصيني شي جين بينغ غدا جولة تشمل كازاخستان، ويزور أيضا موسكو حيث يلتقي نظيره الروسي فلاديمير بوتين.',
      ),
      '2026-05-12',
    );
    expect(m?.venue).toBe('moscow');
  });

  it('أيضا after a saying or before talks leaves the city', () => {
    expect(
      meetingOf(
        lines(
          'بوتين في الصين',
          'قال الرئيس الروسي فلاديمير بوتين أيضا إن زيارته إلى بكين ولقاءه مع نظيره الصيني شي جين بينغ يعززان الشراكة.',
        ),
        '2026-05-12',
      )?.venue,
    ).toBe('beijing');
    expect(
      meetingOf(
        lines('بوتين في الصين', 'زار الرئيس الروسي فلاديمير بوتين أيضا بكين والتقى نظيره الصيني شي جين بينغ.'),
        '2026-05-12',
      )?.venue,
    ).toBe('beijing');
  });
});
