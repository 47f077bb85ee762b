// Where a journey sets out from (`من العاصمة الصينية بكين إلى مدينة تيانجين`) is not where the
// leaders meet: the destination is. An origin named alone (`قادما من سانت بطرسبرغ`) or after the
// destination leaves the place where the talks are told.

import { describe, expect, it } from 'vitest';
import { extract } from '../../../lib/extract/extract';

const lines = (...l: string[]) => l.join('\n');

describe('the origin of a journey is not the meeting’s place', () => {
  it('القطار من العاصمة الصينية بكين إلى مدينة تيانجين', () => {
    const r = extract(
      lines(
        'بوتين وشي يشاهدان مباراة هوكي في تيانجين',
        'كتبت: إسراء أحمد',
        'استقل الرئيس الروسي فلاديمير بوتين ونظيره الصيني شي جين بينج، اليوم الجمعة، القطار فائق السرعة من العاصمة الصينية بكين إلى مدينة تيانجين الساحلية، في ختام اليوم الأول من زيارة الدولة التي يقوم بها الرئيس الروسي إلى الصين.',
      ),
      { published: '2018-06-08' },
    );
    expect(r.meeting).toMatchObject({ venue: 'tianjin', start: '2018-06-08' });
  });

  it('the journey’s day, told the day after, dates the meeting though the origin stands beside it (Chinese state media)', () => {
    const r = extract(
      lines(
        'شي وبوتين يستقلان القطار إلى تيانجين ويشاهدان مباراة هوكي',
        'تم التحديث: 2018-06-09 09:47 GMT+8',
        'استقل الرئيس الصيني شي جين بينغ ونظيره الروسي فلاديمير بوتين مساء أمس الجمعة القطار فائق السرعة من بكين إلى مدينة تيانجين الساحلية، حيث شاهدا مباراة ودية في هوكي الجليد، في إطار زيارة الدولة التي يقوم بها بوتين إلى الصين.',
      ),
      { published: '2018-06-09' },
    );
    expect(r.meeting).toMatchObject({ venue: 'tianjin', start: '2018-06-08' });
  });

  it('من موسكو إلى سانت بطرسبرغ, the talks there', () => {
    const r = extract(
      lines(
        'بوتين وشي في سانت بطرسبرغ',
        'موسكو - وكالات',
        'انتقل الرئيس الصيني شي جين بينغ والرئيس الروسي فلاديمير بوتين اليوم من موسكو إلى سانت بطرسبرغ، حيث أجريا محادثات غير رسمية.',
      ),
      { published: '2019-06-06' },
    );
    expect(r.meeting?.venue).toBe('saint-petersburg');
  });

  it('وصل إلى موسكو قادما من سانت بطرسبرغ: the destination stays', () => {
    const r = extract(
      lines(
        'شي يصل إلى موسكو',
        'موسكو - وكالات',
        'وصل الرئيس الصيني شي جين بينغ اليوم إلى موسكو قادما من سانت بطرسبرغ، وأجرى محادثات مع الرئيس الروسي فلاديمير بوتين.',
      ),
      { published: '2019-06-07' },
    );
    expect(r.meeting?.venue).toBe('moscow');
  });

  it('في بكين with no journey is still the place', () => {
    const r = extract(
      lines(
        'بوتين وشي يجريان محادثات في بكين',
        'بكين - وكالات',
        'أجرى الرئيس الروسي فلاديمير بوتين محادثات مع نظيره الصيني شي جين بينغ اليوم في بكين.',
      ),
      { published: '2024-05-16' },
    );
    expect(r.meeting?.venue).toBe('beijing');
  });
});
