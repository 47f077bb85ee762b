// A meeting clause that places its event (`في قازان`, `التي تستضيفها مدينة قازان`, `إلى موسكو`)
// has its place: the cities it names otherwise, with no preposition, are actors or objects
// (`يسعى الكرملين`, `لعزل موسكو`, `تعتزم بكين`) and do not vote for the venue. A clause with no
// place of its own still lets a bare city vote (`شي يزور موسكو`).

import { describe, expect, it } from 'vitest';
import { extract } from '../../../lib/extract/extract';

const lines = (...ls: string[]) => ls.join('\n');

describe('bare cities beside a clause placed elsewhere', () => {
  it('an aside on the summit (الكرملين as subject, موسكو as object) leaves the host city', () => {
    const r = extract(
      lines(
        'شي لبوتين في قازان: العالم يمر بتحولات',
        'التقى الرئيس الروسي فلاديمير بوتين نظيره الصيني شي جين بينغ اليوم الثلاثاء على هامش قمة مجموعة بريكس التي تستضيفها مدينة قازان الروسية، وهي القمة التي يسعى الكرملين إلى أن تظهر فشل المساعي الغربية لعزل موسكو.',
      ),
      { published: '2024-10-22' },
    );
    expect(r.meeting).toMatchObject({ venue: 'kazan', start: '2024-10-22' });
  });

  it('talks in Samarkand while the capitals are named as governments', () => {
    const r = extract(
      'عقد الرئيس الروسي فلاديمير بوتين والرئيس الصيني شي جين بينغ محادثات اليوم في سمرقند، تناولت رغبة بكين في دور أكبر وتطلع الكرملين إلى دعم موقف موسكو.',
      { published: '2022-09-15' },
    );
    expect(r.meeting).toMatchObject({ venue: 'samarkand', start: '2022-09-15' });
  });

  it('a visit sent to Moscow keeps Moscow when Beijing is only the visitor’s side', () => {
    const r = extract(
      'وصل الرئيس الصيني شي جين بينغ اليوم إلى موسكو في زيارة دولة يلتقي خلالها الرئيس فلاديمير بوتين، وتأمل بكين أن تعزز الزيارة التعاون.',
      { published: '2023-03-20' },
    );
    expect(r.meeting).toMatchObject({ venue: 'moscow' });
  });

  it('a bare city still places a clause that names no other place', () => {
    const r = extract('الرئيس الصيني شي جين بينغ يزور موسكو ويلتقي الرئيس فلاديمير بوتين اليوم.', {
      published: '2023-03-20',
    });
    expect(r.meeting).toMatchObject({ venue: 'moscow' });
  });

  it('the Kremlin placed by a preposition still wins over a bare Beijing', () => {
    const r = extract(
      'أجرى الرئيس الروسي فلاديمير بوتين اليوم في الكرملين محادثات مع نظيره الصيني شي جين بينغ، الذي تقول بكين إن زيارته تاريخية.',
      { published: '2023-03-21' },
    );
    expect(r.meeting).toMatchObject({ venue: 'moscow', start: '2023-03-21' });
  });
});
