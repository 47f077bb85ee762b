// A meeting told over days ends on its latest own day only when the story says how long it lasted
// (visit-span.ts): `على مدى يومين`, `تستمر ثلاثة أيام`, `لمدة 3 أيام`; a count of days for
// something else (`قبل يومين`, `خلال الأيام الماضية`) is no span.

import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../../lib/extract/document';
import { firstDayOfVisit, lastDayOfVisit, toldLength } from '../../../lib/extract/visit-span';

function length(s: string): number {
  const t = makeDoc(s).norm.text;
  return toldLength(t, 0, t.length);
}

describe('toldLength', () => {
  it('a span of the talks or the visit, in several wordings', () => {
    expect(length('في ختام مباحثات استمرت يومين بين الرئيسين')).toBe(2);
    expect(length('زيارة دولة تستمر ثلاثة أيام إلى موسكو')).toBe(3);
    expect(length('يزور الرئيس العاصمة لمدة 3 أيام')).toBe(3);
    expect(length('محادثات على مدار يومين في العاصمة')).toBe(2);
  });

  it('days that are no span of the meeting', () => {
    expect(length('وصل الرئيس قبل يومين إلى العاصمة')).toBe(0);
    expect(length('خلال الأيام الماضية تكثفت الاتصالات')).toBe(0);
    expect(length('بعد ثلاثة أيام من القمة')).toBe(0);
  });
});

describe('lastDayOfVisit', () => {
  it('the latest day inside the span, none outside it', () => {
    expect(lastDayOfVisit('2022-11-08', 2, ['2022-11-09', '2022-11-08'])).toBe('2022-11-09');
    expect(lastDayOfVisit('2022-11-08', 2, ['2022-11-10'])).toBeNull();
    expect(lastDayOfVisit('2022-11-08', 3, ['2022-11-10', '2022-11-07'])).toBe('2022-11-10');
  });
});

describe('firstDayOfVisit', () => {
  it('the earliest day inside the span before the chosen one', () => {
    expect(firstDayOfVisit('2023-03-21', 2, ['2023-03-21', '2023-03-20'])).toBe('2023-03-20');
    expect(firstDayOfVisit('2023-03-21', 2, ['2023-03-19'])).toBeNull();
    expect(firstDayOfVisit('2023-03-22', 3, ['2023-03-20', '2023-03-21', '2023-03-23'])).toBe('2023-03-20');
  });
});
