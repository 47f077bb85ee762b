import { describe, expect, it } from 'vitest';
import { LEADERS } from '../../../lib/gazetteer/data/leaders';
import { OFFICES } from '../../../lib/gazetteer/data/offices';
import { VENUES } from '../../../lib/gazetteer/data/venues';
import { getLexicon } from '../../../lib/gazetteer/lexicon';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

describe('gazetteer data', () => {
  it('has unique slug ids', () => {
    const ids = [...LEADERS.map((l) => l.id), ...VENUES.map((v) => v.id)];
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(SLUG);
    expect(new Set(OFFICES.map((o) => o.id)).size).toBe(OFFICES.length);
  });

  it('has well-formed roles: real days, from before to, known offices', () => {
    const offices = new Set(OFFICES.map((o) => o.id));
    for (const l of LEADERS) {
      for (const r of l.roles) {
        expect(r.from, l.id).toMatch(DAY);
        expect(Number.isNaN(Date.parse(r.from)), l.id).toBe(false);
        if (r.to !== null) {
          expect(r.to, l.id).toMatch(DAY);
          expect(r.from <= r.to, `${l.id} ${r.from}..${r.to}`).toBe(true);
        }
        if (r.office) expect(offices.has(r.office), r.office).toBe(true);
        expect(r.role.ar && r.role.en, l.id).toBeTruthy();
      }
      expect(l.spellings.length, l.id).toBeGreaterThan(0);
      expect(l.country, l.id).toMatch(/^[A-Z]{2}$/);
    }
  });

  it('never has two holders of a titled office on the same day', () => {
    for (const office of OFFICES.filter((o) => o.titles?.length)) {
      const terms = LEADERS.flatMap((l) =>
        l.roles.filter((r) => r.office === office.id && !r.approximate).map((r) => ({ id: l.id, ...r })),
      ).sort((a, b) => a.from.localeCompare(b.from));
      for (let i = 1; i < terms.length; i++) {
        const prev = terms[i - 1] as (typeof terms)[number];
        const cur = terms[i] as (typeof terms)[number];
        expect(prev.to !== null && prev.to < cur.from, `${office.id}: ${prev.id} and ${cur.id}`).toBe(true);
      }
    }
  });

  it('puts every site in a known city and writes Wikidata ids as Q-numbers', () => {
    const cities = new Set(VENUES.filter((v) => v.kind === 'city').map((v) => v.id));
    for (const v of VENUES) {
      if (v.kind === 'site') expect(cities.has(v.in as string), v.id).toBe(true);
      else expect(v.in).toBeUndefined();
    }
    for (const e of [...LEADERS, ...VENUES]) if (e.wikidata) expect(e.wikidata).toMatch(/^Q\d+$/);
  });

  it('gives no phrase to two different entities', () => {
    expect(getLexicon().conflicts).toEqual([]);
  });
});
