import { describe, expect, it } from 'vitest';
import { resolvePartial, spanOf } from '../../../lib/db/date-span';
import { describeArticleMeeting, matchScore } from '../../../lib/db/meeting-match';
import { summariseMeeting } from '../../../lib/db/meeting-summary';
import type { MeetingInfo } from '../../../lib/extract/types';

const info = (over: Partial<MeetingInfo>): MeetingInfo => ({
  start: null,
  end: null,
  venue: null,
  kind: null,
  participants: ['putin', 'xi'],
  announced: false,
  catalogueId: null,
  knownStart: null,
  title: null,
  ...over,
});
const d = (over: Partial<MeetingInfo>, published: string | null = null) =>
  describeArticleMeeting(info(over), published);

describe('date spans', () => {
  it('days, months and years as spans; partial dates take the nearest year', () => {
    expect(spanOf('2023-03-20')).toMatchObject({ precise: true });
    expect(spanOf('2023-02')!.to - spanOf('2023-02')!.from).toBe(27);
    expect(spanOf('2024')!.to - spanOf('2024')!.from).toBe(365);
    expect(spanOf('--03-20')).toBeNull();
    expect(resolvePartial('--12-30', '2024-01-02')).toBe('2023-12-30');
    expect(resolvePartial('--01-03', '2023-12-30')).toBe('2024-01-03');
    expect(resolvePartial('--09-15', null)).toBe('--09-15');
  });
});

describe('matchScore', () => {
  it('the days of one visit are one meeting; a week apart they are not', () => {
    expect(matchScore(d({ start: '2023-03-20' }), d({ start: '2023-03-22' }))).not.toBeNull();
    expect(matchScore(d({ start: '2023-03-20' }), d({ start: '2023-03-27' }))).toBeNull();
  });

  it('a month-only date overlaps a day in that month; a year-end visit meets the new year', () => {
    expect(matchScore(d({ start: '2023-03' }), d({ start: '2023-03-20' }))).not.toBeNull();
    expect(matchScore(d({ start: '2023-12-31' }), d({ start: '2024-01-01' }))).not.toBeNull();
  });

  it('an undated announcement covers the following weeks, an undated report the weeks before', () => {
    const announced = d({ announced: true, venue: 'moscow' }, '2023-03-13');
    expect(matchScore(announced, d({ start: '2023-03-20', venue: 'moscow' }))).not.toBeNull();
    expect(matchScore(announced, d({ start: '2023-07-20', venue: 'moscow' }))).toBeNull();
    const report = d({ venue: 'moscow' }, '2023-03-25');
    expect(matchScore(report, d({ start: '2023-03-20', venue: 'moscow' }))).not.toBeNull();
    expect(matchScore(report, d({ start: '2023-04-20', venue: 'moscow' }))).toBeNull();
  });

  it('contradictions keep meetings apart: kind, venue, catalogue entry, participants', () => {
    const base = { start: '2023-03-20' };
    expect(matchScore(d({ ...base, kind: 'in-person' }), d({ ...base, kind: 'video-call' }))).toBeNull();
    expect(matchScore(d({ ...base, venue: 'moscow' }), d({ ...base, venue: 'beijing' }))).toBeNull();
    expect(matchScore(d({ ...base, venue: 'kremlin' }), d({ ...base, venue: 'moscow' }))).not.toBeNull();
    expect(matchScore(d({ ...base, catalogueId: 'a' }), d({ ...base, catalogueId: 'b' }))).toBeNull();
    expect(matchScore(d({ ...base, participants: ['putin'] }), d(base))).not.toBeNull();
    expect(
      matchScore(d({ ...base, participants: ['medvedev', 'xi'] }), d({ ...base, participants: ['putin', 'xi'] })),
    ).toBeNull();
  });

  it('without dates on one side only the catalogue can join them', () => {
    expect(matchScore(d({}), d({ start: '2023-03-20' }))).toBeNull();
    expect(
      matchScore(d({ catalogueId: 'sco-2022' }), d({ start: '2022-09-15', catalogueId: 'sco-2022' })),
    ).not.toBeNull();
  });

  it('closer dates and agreeing details score higher', () => {
    const target = d({ start: '2023-03-20', venue: 'moscow', kind: 'in-person' });
    const near = matchScore(d({ start: '2023-03-20', venue: 'moscow', kind: 'in-person' }), target)!;
    const far = matchScore(d({ start: '2023-03-22' }), target)!;
    expect(near).toBeGreaterThan(far);
  });
});

describe('summariseMeeting', () => {
  it('the catalogue date wins; coverage beats announcement; the venue is the city', () => {
    const s = summariseMeeting([
      {
        info: info({ start: '2023-03-21', venue: 'kremlin', kind: 'in-person', announced: true }),
        published: '2023-03-17',
      },
      { info: info({ start: '2023-03', venue: 'kremlin', kind: 'in-person' }), published: '2023-03-25' },
      { info: info({ start: '2023-03-20', venue: 'moscow' }), published: '2023-03-22' },
    ]);
    // The announced day (21st) gives way to the day coverage reports (20th), the month-only report adds nothing.
    expect(s).toMatchObject({ start: '2023-03-20', venue: 'moscow', kind: 'in-person', announced: false, year: 2023 });
    const withCatalogue = summariseMeeting([
      {
        info: info({
          start: '--09-15',
          catalogueId: 'sco',
          knownStart: '2022-09-15',
          title: { ar: 'سمرقند', en: 'Samarkand' },
        }),
        published: null,
      },
    ]);
    expect(withCatalogue).toMatchObject({ start: '2022-09-15', titleEn: 'Samarkand', catalogueId: 'sco' });
  });
});
