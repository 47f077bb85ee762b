import { describe, expect, it } from 'vitest';
import { KNOWN_MEETINGS } from '../../../lib/catalogue';
import { venueById } from '../../../lib/gazetteer';

describe('catalogue data', () => {
  it('lists meetings in time order, with unique ids', () => {
    const ids = KNOWN_MEETINGS.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    const starts = KNOWN_MEETINGS.map((m) => m.start);
    expect([...starts].sort()).toEqual(starts);
  });

  it('uses real days, known venues and consistent kinds', () => {
    for (const m of KNOWN_MEETINGS) {
      for (const d of [m.start, m.end].filter((x): x is string => !!x)) {
        expect(d, m.id).toMatch(/^(201[3-9]|202[0-5])-\d{2}-\d{2}$/);
        expect(new Date(`${d}T00:00:00Z`).toISOString().slice(0, 10), m.id).toBe(d);
      }
      if (m.end) expect(m.end > m.start, m.id).toBe(true);
      expect(m.venue === 'virtual', m.id).toBe(m.kind !== 'in-person');
      for (const v of [m.venue, ...(m.alsoAt ?? [])]) if (v !== 'virtual') expect(venueById(v), v).toBeDefined();
      expect(m.event.ar && m.event.en, m.id).toBeTruthy();
    }
  });

  it('covers the meetings everyone remembers', () => {
    const ids = new Set(KNOWN_MEETINGS.map((m) => m.id));
    for (const known of [
      '2022-09-15-samarkand',
      '2023-03-20-moscow',
      '2024-02-08-virtual',
      '2024-05-16-beijing',
      '2021-06-28-virtual',
      '2024-10-22-kazan',
      '2022-02-04-beijing',
    ]) {
      expect(ids.has(known), known).toBe(true);
    }
  });
});

describe('catalogue: summits whose sideline contact day is uncertain', () => {
  it('lists them over the summit days, marked approximate', () => {
    for (const [id, end] of [
      ['2014-07-15-fortaleza', '2014-07-16'],
      ['2015-11-15-antalya', '2015-11-16'],
      ['2016-10-15-goa', '2016-10-16'],
      ['2016-11-19-lima', '2016-11-20'],
      ['2017-07-07-hamburg', '2017-07-08'],
      ['2017-11-10-da-nang', '2017-11-11'],
      ['2018-11-30-buenos-aires', '2018-12-01'],
      ['2019-06-28-osaka', '2019-06-29'],
    ] as const) {
      const m = KNOWN_MEETINGS.find((k) => k.id === id);
      expect(m, id).toBeDefined();
      expect(m?.end, id).toBe(end);
      expect(m?.approximate, id).toBe(true);
    }
  });

  it('are found from a text that gives the city and only the month', async () => {
    const { matchCatalogue } = await import('../../../lib/catalogue');
    expect(matchCatalogue({ start: '2016-10', venue: 'goa', kind: 'in-person' })?.id).toBe('2016-10-15-goa');
    expect(matchCatalogue({ start: '--06-29', venue: 'osaka', kind: 'in-person' })?.id).toBe('2019-06-28-osaka');
    expect(matchCatalogue({ start: '2016-09-04', venue: 'hangzhou', kind: 'in-person' })?.id).toBe(
      '2016-09-04-hangzhou',
    );
  });
});
