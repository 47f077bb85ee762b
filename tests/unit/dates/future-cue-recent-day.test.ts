// Under a cue of the future, a year-less day of the last two weeks stays this year's: the purpose
// of a journey made (`ووصل بوتين … لحضور قمة … يومي 31 أغسطس و1 سبتمبر` on 3 September) is not
// next year's, which the press would date by its year. A month that says `المقبل` is next year's.

import { describe, expect, it } from 'vitest';
import { datesIn } from './dates';

describe('a future cue and a day just past', () => {
  it('keeps a day of the last two weeks in this year', () => {
    expect(
      datesIn('ووصل بوتين إلى الصين لحضور قمة منظمة شنغهاي للتعاون في تيانجين يومي 31 أغسطس و1 سبتمبر', '2025-09-03'),
    ).toEqual([['يومي 31 أغسطس و1 سبتمبر', '2025-08-31', '2025-09-01']]);
    expect(datesIn('وتوجه شي إلى موسكو للمشاركة في احتفالات 9 مايو', '2015-05-12')).toEqual([['9 مايو', '2015-05-09']]);
  });

  it('but a day further back, or a month said to come, is next year’s', () => {
    expect(datesIn('وتوجه شي إلى موسكو للمشاركة في احتفالات 9 مايو', '2015-06-20')).toEqual([['9 مايو', '2016-05-09']]);
    expect(datesIn('سيزور بوتين بكين في 2 سبتمبر المقبل', '2025-09-10')).toEqual([['2 سبتمبر المقبل', '2026-09-02']]);
  });
});
