// A seat or a capital that speaks (`أعلن الكرملين`, `وقالت بكين`, `المتحدث باسم الكرملين`) is
// where the news came from, not where the leaders meet: it casts no vote for the venue.

import { describe, expect, it } from 'vitest';
import { extract } from '../../../lib/extract/extract';
import { speaksAsVoice } from '../../../lib/extract/meeting-venue';
import { venueIn } from '../../support/venue-in';

/** Whether the first occurrence of `place` in `sentence` speaks. */
function voice(sentence: string, place: string): boolean {
  const { text, v } = venueIn(sentence, place);
  return speaksAsVoice(text, v);
}

describe('speaksAsVoice (pure)', () => {
  it.each([
    ['the subject of أعلن', 'أعلن الكرملين أن الرئيس سيزور الصين', 'الكرملين'],
    ['the subject of وقالت', 'وقالت بكين إن المحادثات كانت بناءة', 'بكين'],
    ['the spokesman of the seat', 'وقال المتحدث باسم الكرملين دميتري بيسكوف', 'الكرملين'],
    ['according to, with ل attached', 'وفقا للكرملين فإن الزيارة', 'كرملين'],
    ['a statement of the seat', 'وجاء في بيان الكرملين أن', 'الكرملين'],
  ])('%s', (_, sentence, place) => {
    expect(voice(sentence, place)).toBe(true);
  });

  it.each([
    ['a place after في', 'وعقدت المحادثات في الكرملين', 'الكرملين'],
    ['a destination', 'ويصل بوتين إلى بكين الخميس', 'بكين'],
    ['a place after a comma', 'أعلن ذلك، الكرملين', 'الكرملين'],
  ])('not %s', (_, sentence, place) => {
    expect(voice(sentence, place)).toBe(false);
  });
});

describe('the announcing seat does not outvote the place of the talks', () => {
  it('Reuters-style announcement of a state visit: the talks are in Beijing, the Kremlin only speaks', () => {
    const r = extract(
      [
        'الكرملين: بوتين يزور الصين في 16 و17 مايو',
        'موسكو - 14 مايو 2024 (رويترز) - أعلن الكرملين، اليوم الثلاثاء، أن الرئيس فلاديمير بوتين سيقوم بزيارة دولة إلى الصين يومي 16 و17 مايو الجاري بدعوة من الرئيس شي جين بينغ.',
        'وقال الكرملين في بيان إن الزعيمين سيجريان محادثات في بكين تتناول الشراكة الشاملة.',
      ].join('\n'),
    );
    expect(r.meeting).toMatchObject({ venue: 'beijing', start: '2024-05-16', end: '2024-05-17', announced: true });
  });

  it('a visit to Russia that names no city, announced by the Kremlin: no venue rather than the voice', () => {
    const r = extract(
      'يقوم الرئيس الصيني شي جين بينغ بزيارة دولة إلى روسيا من 20 إلى 22 مارس، حسبما أعلن الكرملين اليوم الجمعة.',
      // A visit of no known meeting's days: the record of meetings places nothing either.
      { published: '2026-03-13' },
    );
    expect(r.meeting).toMatchObject({ start: '2026-03-20', venue: null });
  });
});

describe('a visit sent to a country is met there', () => {
  it('a place in the other country, where the news was also given, does not outvote the destination', () => {
    const r = extract(
      [
        'شي جين بينغ يزور موسكو الاثنين في أول رحلة خارجية بعد ولايته الثالثة',
        'أعلنت موسكو وبكين، أمس الجمعة، أن الرئيس الصيني شي جين بينغ سيقوم بزيارة دولة إلى روسيا من 20 إلى 22 مارس الجاري، بدعوة من نظيره الروسي فلاديمير بوتين.',
        'وفي بكين، أعلنت المتحدثة باسم وزارة الخارجية الصينية الزيارة في بيان مقتضب، وقالت إن الرئيسين سيبحثان العلاقات الثنائية.',
      ].join('\n'),
      { published: '2023-03-18' },
    );
    expect(r.meeting).toMatchObject({ venue: 'moscow', start: '2023-03-20', end: '2023-03-22' });
  });

  it('a later paragraph planning another visit does not move the meeting the story reports', () => {
    const r = extract(
      [
        'بوتين وشي يبحثان في سوتشي تعزيز الشراكة',
        'بحث الرئيس الروسي فلاديمير بوتين مع نظيره الصيني شي جين بينغ أمس، في منتجع سوتشي المطل على البحر الأسود، سبل تطوير الشراكة بين البلدين.',
        'وقال بوتين في مستهل اللقاء إن العلاقات بين البلدين في أفضل حالاتها.',
        'وقال شي إن بلاده مستعدة لتعميق التعاون في مجالات الطاقة والنقل.',
        'وذكر الكرملين أن الرئيسين بحثا التحضير لزيارة يقوم بها بوتين إلى الصين في مايو المقبل.',
      ].join('\n'),
      { published: '2014-02-07' },
    );
    expect(r.meeting).toMatchObject({ venue: 'sochi', start: '2014-02-06' });
  });
});
