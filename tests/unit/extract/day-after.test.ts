// Talks dated only by `غداة` (the day after) an event the text dates: the meeting is the next day
// (meeting-date's dayAfterEvent). `غداة` itself stays no date mention (corpus README).

import { describe, expect, it } from 'vitest';
import { extract } from '../../../lib/extract/extract';

const lines = (...l: string[]) => l.join('\n');

describe('غداة + a dated event', () => {
  it('غداة وصوله إلى بكين الخميس → Friday (Gulf print, published Saturday)', () => {
    const r = extract(
      lines(
        'بوتين وشي يجريان محادثات في بكين',
        'أجرى الرئيس الروسي فلاديمير بوتين محادثات مع نظيره الصيني شي جين بينغ في بكين، غداة وصوله إلى العاصمة الصينية الخميس في زيارة دولة.',
      ),
      { published: '2024-05-18' },
    );
    expect(r.meeting).toMatchObject({ start: '2024-05-17', venue: 'beijing' });
    expect(r.mentions.some((m) => m.type === 'date' && m.text.includes('غداة'))).toBe(false);
  });

  it('غداة قمة … التي عقدت في 15 أيلول → the 16th (Levantine)', () => {
    const r = extract(
      'التقى الرئيس الصيني شي جين بينغ الرئيس الروسي فلاديمير بوتين في سمرقند غداة قمة منظمة شنغهاي للتعاون التي عقدت في 15 أيلول.',
      { published: '2022-09-20' },
    );
    expect(r.meeting?.start).toBe('2022-09-16');
  });

  it('a date of the talks themselves wins over the day after', () => {
    const r = extract(
      'أجرى الرئيس الروسي فلاديمير بوتين اليوم الجمعة محادثات مع نظيره الصيني شي جين بينغ، غداة وصوله إلى بكين الأربعاء.',
      { published: '2024-05-17' },
    );
    expect(r.meeting?.start).toBe('2024-05-17');
  });

  it('غداة an undated event leaves the start to the other rules', () => {
    const r = extract('أجرى الرئيس الروسي فلاديمير بوتين محادثات مع نظيره الصيني شي جين بينغ، غداة وصوله إلى بكين.', {
      published: null,
    });
    expect(r.meeting?.start).toBeNull();
  });
});
