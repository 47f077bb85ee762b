// A call story often speaks of a visit to come or one recalled (`خلال زيارة الزعيم الصيني
// المرتقبة إلى موسكو في مايو`, `بعد لقائهما على هامش قمة شنغهاي في سبتمبر`): a clause whose
// meeting words are all of a meeting in person dates that meeting, never the call (meeting-date).
// And a month with no year (`في مايو`) never picks a call of some year from the catalogue (match).

import { describe, expect, it } from 'vitest';
import { matchCatalogue } from '../../../lib/catalogue';
import { extract } from '../../../lib/extract/extract';

const lines = (...l: string[]) => l.join('\n');

describe('a call story and the visit it speaks of', () => {
  it('a visit to come, dated in the call story, does not date the call', () => {
    const r = extract(
      lines(
        'بوتين يبحث مع شي جين بينغ الأزمة الأوكرانية في مكالمة هاتفية',
        'أجرى الرئيس الروسي فلاديمير بوتين اتصالا هاتفيا مع نظيره الصيني شي جين بينغ، بحثا خلاله الأزمة الأوكرانية.',
        'واتفق الرئيسان على مواصلة الاتصالات، بما في ذلك خلال زيارة الزعيم الصيني المرتقبة إلى موسكو في مايو المقبل.',
      ),
    );
    expect(r.relevant).toBe(true);
    expect(r.meeting).toMatchObject({ kind: 'phone-call', start: null, catalogueId: null });
  });

  it('a sideline meeting recalled in a video call story does not date the call', () => {
    const r = extract(
      lines(
        'شي وبوتين يعقدان قمة عبر الفيديو',
        'عقد الرئيس الصيني شي جين بينغ ونظيره الروسي فلاديمير بوتين محادثات عبر تقنية الفيديو يوم 15 ديسمبر.',
        'وجاءت المحادثات بعد أشهر من لقاء الرئيسين على هامش قمة منظمة شنغهاي للتعاون في سبتمبر.',
      ),
    );
    expect(r.meeting).toMatchObject({ kind: 'video-call', start: '--12-15' });
  });

  it('the call’s own date stays, in the clause of the call', () => {
    const r = extract(
      lines(
        'بوتين وشي يبحثان هاتفيا التعاون الثنائي',
        'أجرى الرئيس الروسي فلاديمير بوتين يوم 8 مايو اتصالا هاتفيا مع نظيره الصيني شي جين بينغ.',
        'وبحث الرئيسان التحضير لزيارة الرئيس الصيني إلى موسكو في يونيو المقبل.',
      ),
    );
    expect(r.meeting).toMatchObject({ kind: 'phone-call', start: '--05-08' });
  });

  it('in a visit story, the visit’s own clause still dates the meeting', () => {
    const r = extract(
      lines(
        'شي جين بينغ يصل إلى موسكو في زيارة دولة',
        'وصل الرئيس الصيني شي جين بينغ إلى موسكو يوم 20 مارس في زيارة دولة يلتقي خلالها نظيره الروسي فلاديمير بوتين.',
      ),
    );
    expect(r.meeting).toMatchObject({ kind: 'in-person', start: '--03-20' });
  });
});

describe('a month with no year in the catalogue', () => {
  const id = (q: Parameters<typeof matchCatalogue>[0]) => matchCatalogue(q)?.id ?? null;
  it('names no call: calls come every year', () => {
    expect(id({ start: '--05', venue: 'virtual', kind: 'phone-call' })).toBeNull();
    expect(id({ start: '--05', venue: null, kind: 'phone-call' })).toBeNull();
    expect(id({ start: '--12', venue: 'virtual', kind: 'video-call' })).toBeNull();
  });
  it('still names a meeting with its place', () => {
    expect(id({ start: '--07', venue: 'astana', kind: null })).toBe('2024-07-03-astana');
  });
});
