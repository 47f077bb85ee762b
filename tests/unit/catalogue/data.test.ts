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
