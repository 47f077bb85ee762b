// Helpers for writing venues in the data files: a city or a site with its Arabic and English names
// and the spellings the press uses (normal Arabic; the lexicon normalises them and adds ج for غ).

import type { Venue } from '../types';

export function city(
  id: string,
  country: string,
  ar: string,
  en: string,
  spellings: string[],
  extra: Partial<Venue> = {},
): Venue {
  return { id, name: { ar, en }, kind: 'city', country, spellings, ...extra };
}

export function site(
  id: string,
  within: string,
  country: string,
  ar: string,
  en: string,
  spellings: string[],
  extra: Partial<Venue> = {},
): Venue {
  return { id, name: { ar, en }, kind: 'site', country, in: within, spellings, ...extra };
}

/** A capital with the descriptor that stands for it (`العاصمة الإسبانية`). */
export function capital(
  id: string,
  country: string,
  ar: string,
  en: string,
  spellings: string[],
  adjective?: string,
  extra: Partial<Venue> = {},
): Venue {
  const descriptors = adjective ? [`العاصمة ${adjective}`] : undefined;
  return city(id, country, ar, en, spellings, { ...(descriptors ? { descriptors } : {}), ...extra });
}
