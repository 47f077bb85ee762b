// One leader's visit reported as the page's news (a place and a day of the last few days) is the
// story's own meeting beside an earlier meeting of the two told after `عقب`/`بعد`: the earlier one's
// place and month do not take over (meeting-venue, hasOwnMeeting).

import { describe, expect, it } from 'vitest';
import { extract } from '../../../lib/extract/extract';

const lines = (...l: string[]) => l.join('\n');

describe('an arrival beside an earlier meeting of the two', () => {
  it('keeps the arrival’s city and day (agency wire)', () => {
    const r = extract(
      lines(
        'شي يصل إلى موسكو',
        'وصل الرئيس الصيني شي جين بينغ اليوم الاثنين إلى موسكو في زيارة دولة، عقب لقاء جمعه بالرئيس الروسي فلاديمير بوتين في سمرقند في سبتمبر الماضي.',
      ),
      { published: '2023-03-20' },
    );
    expect(r.meeting).toMatchObject({ venue: 'moscow', start: '2023-03-20' });
  });

  it('but a stop still to come is no arrival (Egyptian site)', () => {
    const r = extract(
      lines(
        'بوتين يختتم محادثاته في بكين',
        'ويتوجه بوتين غدا الجمعة إلى مدينة هاربين، بعد قمة جمعت الرئيسين في بكين في أكتوبر الماضي.',
        'وكان الرئيس الصيني شي جين بينغ قد استقبل بوتين صباح اليوم الخميس في بكين.',
      ),
      { published: '2024-05-16' },
    );
    expect(r.meeting?.venue).not.toBe('harbin');
  });
});
