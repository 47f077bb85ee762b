// Spoken day words the press quotes (a talk show's host, a post, a blogger): Egyptian `النهارده`,
// Maghrebi `البارح` and `غدوة`, Gulf `باجر`/`باچر`, read like `اليوم`, `أمس`, `غدا`; and the
// name of an Egyptian on-this-day column, `«زي النهارده»` ("like today"), which is no day.

import { describe, expect, it } from 'vitest';
import { datesIn } from './dates';

describe('spoken day words', () => {
  it('today, yesterday and tomorrow in Egyptian, Maghrebi and Gulf speech', () => {
    // 16 May 2024 was a Thursday.
    expect(datesIn('وقال المذيع إن بوتين وصل بكين النهارده في زيارة دولة', '2024-05-16')).toEqual([
      ['النهارده', '2024-05-16'],
    ]);
    expect(datesIn('الرئيس وصل البارح للجزائر', '2024-05-16')).toEqual([['البارح', '2024-05-15']]);
    expect(datesIn('وغدوة الجمعة يزور مدينة هاربين', '2024-05-16')).toEqual([['غدوة الجمعة', '2024-05-17']]);
    expect(datesIn('باچر يسافر الوفد', '2024-05-16')).toEqual([['باچر', '2024-05-17']]);
  });

  it('a weekday after the spoken word is one mention with it', () => {
    expect(datesIn('شي جين بنج وصل موسكو النهاردة الجمعة', '2013-03-22')).toEqual([['النهاردة الجمعة', '2013-03-22']]);
  });

  it('«زي النهارده», the on-this-day column, is no date', () => {
    expect(datesIn('«زي النهارده».. الرئيس الصيني يختار موسكو لأول رحلة خارجية', '2017-03-22')).toEqual([]);
  });
});
