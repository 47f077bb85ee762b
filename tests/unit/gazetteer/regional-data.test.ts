// Sanity of the regional city files and the officials' files: ids are slugs of the English name
// (of the surname, for people), every spelling is a real phrase once normalised, and the lexicon
// gives no phrase to two entities (an ambiguous city name is `asCityOnly`, never shared).

import { describe, expect, it } from 'vitest';
import { AFRICAN_CAPITALS } from '../../../lib/gazetteer/data/capitals-africa';
import { AMERICAS_CAPITALS } from '../../../lib/gazetteer/data/capitals-americas';
import { ASIA_PACIFIC_CAPITALS } from '../../../lib/gazetteer/data/capitals-asia-pacific';
import { EUROPEAN_CAPITALS } from '../../../lib/gazetteer/data/capitals-europe';
import { MIDDLE_EAST_CITIES } from '../../../lib/gazetteer/data/capitals-middle-east';
import { CHINESE_CITIES } from '../../../lib/gazetteer/data/cities-china';
import { EURASIAN_CITIES } from '../../../lib/gazetteer/data/cities-eurasia';
import { RUSSIAN_CITIES } from '../../../lib/gazetteer/data/cities-russia';
import { MINISTERS } from '../../../lib/gazetteer/data/leaders-ministers';
import { PAST_OFFICIALS } from '../../../lib/gazetteer/data/leaders-past-officials';
import { VENUES } from '../../../lib/gazetteer/data/venues';
import { getLexicon } from '../../../lib/gazetteer/lexicon';
import { normaliseString } from '../../../lib/text/normalise';
import { tokenize } from '../../../lib/text/tokens';

const REGIONS = {
  RUSSIAN_CITIES,
  CHINESE_CITIES,
  EURASIAN_CITIES,
  EUROPEAN_CAPITALS,
  ASIA_PACIFIC_CAPITALS,
  MIDDLE_EAST_CITIES,
  AFRICAN_CAPITALS,
  AMERICAS_CAPITALS,
};
const CITIES = Object.values(REGIONS).flat();
const PEOPLE = [...MINISTERS, ...PAST_OFFICIALS];

/** Slug of an English name: accents and apostrophes dropped, a parenthetical aside left out. */
function slug(en: string): string {
  return en
    .replace(/\(.*\)/, '')
    .replace(/ı/g, 'i')
    .normalize('NFD')
    .replace(/[\u0300-\u036f'’ʻ.]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function wordsOf(phrase: string): number {
  return tokenize(normaliseString(phrase)).filter((t) => t.kind === 'word').length;
}

describe('regional gazetteer data', () => {
  it('is gathered into VENUES, each id once', () => {
    const ids = VENUES.map((v) => v.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of CITIES) expect(ids).toContain(c.id);
  });

  it('names each city by the slug of its English name', () => {
    for (const c of CITIES) {
      const s = slug(c.name.en);
      expect(c.id === s || c.id.startsWith(`${s}-`), `${c.id} / ${c.name.en}`).toBe(true);
    }
  });

  it('names each official by the slug of the English surname or of the full name', () => {
    for (const p of PEOPLE) {
      const s = slug(p.name.en);
      expect(s === p.id || s.endsWith(`-${p.id}`) || s.startsWith(`${p.id}-`), `${p.id} / ${p.name.en}`).toBe(true);
    }
  });

  it('writes every spelling as a phrase that survives normalisation', () => {
    for (const c of CITIES) {
      const all = [...c.spellings, ...(c.asCityOnly ?? []), ...(c.descriptors ?? [])];
      expect(all.length, c.id).toBeGreaterThan(0);
      for (const s of all) expect(wordsOf(s), `${c.id}: ${s}`).toBeGreaterThan(0);
    }
    for (const p of PEOPLE) {
      for (const s of p.spellings) expect(wordsOf(typeof s === 'string' ? s : s.text), p.id).toBeGreaterThan(0);
    }
  });

  it('keeps a name shared with a country or a word out of the plain spellings', () => {
    for (const c of CITIES) {
      const plain = new Set(c.spellings.map(normaliseString));
      for (const s of c.asCityOnly ?? []) expect(plain.has(normaliseString(s)), `${c.id}: ${s}`).toBe(false);
    }
  });

  it('gives no phrase to two different entities', () => {
    expect(getLexicon().conflicts).toEqual([]);
  });
});
