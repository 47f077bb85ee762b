// Hosting verbs (meeting-venue isLocative): `التي تستضيفها مدينة قازان`, `احتضنت سمرقند` place
// the meeting in the host city like a preposition does; a comma ends the phrase before the venue
// (`، في الكرملين` still reads `في`, `، الكرملين` reads nothing); a summit hosted elsewhere and
// only discussed does not move the talks.

import { describe, expect, it } from 'vitest';
import { extract } from '../../../lib/extract/extract';
import { isLocative } from '../../../lib/extract/meeting-venue';
import { venueIn } from '../../support/venue-in';

/** The venue is the last occurrence of `city` in `sentence`. */
function locative(sentence: string, city: string): boolean {
  const { text, v } = venueIn(sentence, city, true);
  return isLocative(text, v);
}

describe('isLocative (pure)', () => {
  it.each([
    ['a hosting verb with its place noun', 'على هامش قمة بريكس التي تستضيفها مدينة قازان', 'قازان'],
    ['a hosting verb right before the city', 'القمة التي تحتضنها سمرقند', 'سمرقند'],
    ['a past hosting verb with و', 'واستضافت بكين المنتدى', 'بكين'],
    ['a preposition after a comma', 'التقى الرئيسان اليوم، في الكرملين', 'الكرملين'],
    ['a plain preposition', 'وصل شي إلى موسكو', 'موسكو'],
    ['the session held in', 'القمة المنعقدة في أستانا', 'أستانا'],
  ])('%s', (_, sentence, city) => {
    expect(locative(sentence, city)).toBe(true);
  });

  it.each([
    ['a comma with no preposition after it', 'أعلن المتحدث باسم الرئاسة، الكرملين', 'الكرملين'],
    ['a subject, not a place', 'وقالت موسكو إن', 'موسكو'],
    ['a city after بين (between), not a place', 'العلاقات بين بكين', 'بكين'],
  ])('not for %s', (_, sentence, city) => {
    expect(locative(sentence, city)).toBe(false);
  });
});

describe('hosting verbs through extract', () => {
  it('places a sideline meeting in the host city (Kremlin via RT)', () => {
    const r = extract(
      lines(
        'بوتين وشي يلتقيان على هامش قمة بريكس',
        'أعلن الكرملين أن الرئيس فلاديمير بوتين التقى الرئيس الصيني شي جين بينغ اليوم الثلاثاء على هامش قمة بريكس التي تستضيفها مدينة قازان.',
      ),
      { published: '2024-10-22' },
    );
    expect(r.meeting).toMatchObject({ venue: 'kazan', start: '2024-10-22', kind: 'in-person' });
  });

  it('احتضنت … لقاء (Maghrebi)', () => {
    const r = extract(
      'احتضنت مدينة سمرقند الأوزبكية اليوم لقاء بين الرئيس الروسي فلاديمير بوتين والرئيس الصيني شي جين بينغ على هامش قمة منظمة شنغهاي.',
      { published: '2022-09-15' },
    );
    expect(r.meeting).toMatchObject({ venue: 'samarkand', start: '2022-09-15' });
  });

  it('a summit hosted elsewhere, only discussed, leaves the talks where they were held', () => {
    const r = extract(
      lines(
        'بوتين وشي يلتقيان في بكين',
        'بكين - شينخوا',
        'التقى الرئيس الروسي فلاديمير بوتين الرئيس الصيني شي جين بينغ في بكين اليوم الخميس، وبحثا القمة المقبلة لمنظمة شنغهاي التي تستضيفها مدينة تيانجين.',
      ),
      { published: '2024-05-16' },
    );
    expect(r.meeting).toMatchObject({ venue: 'beijing', start: '2024-05-16' });
  });
});

function lines(...l: string[]): string {
  return l.join('\n');
}
