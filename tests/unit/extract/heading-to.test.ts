// Heading to the other's capital (`سيتوجه إلى بكين في 4 فبراير`) is a visit word like `يصل`: the
// day beside it dates the announced meeting, however far the talks are named after it.

import { describe, expect, it } from 'vitest';
import { extract } from '../../../lib/extract/extract';

const lines = (...l: string[]) => l.join('\n');

describe('a leader heading to the other’s capital', () => {
  it('dates an announced visit by the day beside the journey (Russian agency in Arabic)', () => {
    const r = extract(
      lines(
        'الكرملين: بوتين سيبحث مع شي في بكين مجمل العلاقات',
        'أكد المتحدث باسم الكرملين، اليوم الجمعة، أن الرئيس الروسي فلاديمير بوتين سيتوجه إلى بكين في 4 فبراير المقبل لحضور حفل افتتاح دورة الألعاب الأولمبية الشتوية، حيث سيجري محادثات مع الرئيس الصيني شي جين بينغ.',
      ),
      { published: '2022-01-28' },
    );
    expect(r.meeting).toMatchObject({ venue: 'beijing', start: '2022-02-04' });
  });
});
