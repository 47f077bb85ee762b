// A seat or a capital that speaks (`أعلن الكرملين`, `وقالت بكين`, `المتحدث باسم الكرملين`) is
// where the news came from, not where the leaders meet: it casts no vote for the venue.

import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../../lib/extract/document';
import { extract } from '../../../lib/extract/extract';
import { speaksAsVoice } from '../../../lib/extract/meeting-venue';
import { normaliseString } from '../../../lib/text/normalise';

/** Whether the first occurrence of `place` in `sentence` speaks. */
function voice(sentence: string, place: string): boolean {
  const text = normaliseString(sentence);
  const at = text.indexOf(normaliseString(place));
  const v: Candidate = { type: 'venue', id: 'x', value: null, unit: null, nStart: at, nEnd: at + place.length };
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
      { published: '2023-03-17' },
    );
    expect(r.meeting).toMatchObject({ start: '2023-03-20', venue: null });
  });
});
