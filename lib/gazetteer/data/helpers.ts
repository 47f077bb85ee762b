// Helpers for writing roles in the leader data: an office's role text comes from `offices.ts`, so
// the data says only who held what, and when.

import type { Bilingual, IsoDay, Leader, Role } from '../types';
import { officeById } from './offices';

/** A term in an office that titles can point to. `to` is the last day in office, inclusive. */
export function term(office: string, from: IsoDay, to: IsoDay | null, approximate?: 'approximate'): Role {
  const o = officeById(office);
  if (!o) throw new Error(`gazetteer data: unknown office ${office}`);
  return { office, role: o.role, from, to, ...(approximate ? { approximate: true } : {}) };
}

/** A role no title points to (an adviser, a party post), described in place. */
export function post(role: Bilingual, from: IsoDay, to: IsoDay | null, approximate?: 'approximate'): Role {
  return { role, from, to, ...(approximate ? { approximate: true } : {}) };
}

/**
 * Every first-name spelling with every surname spelling, plus the surnames alone: the press
 * writes `سيرغي لافروف`, `سيرجي لافروف` and `لافروف` for the same man.
 */
export function names(firsts: string[], lasts: string[], withSurnameAlone = true): string[] {
  const out: string[] = [];
  for (const f of firsts) for (const l of lasts) out.push(`${f} ${l}`);
  if (withSurnameAlone) out.push(...lasts);
  return out;
}

/** A role's text in both languages, for `post`. */
export const role = (en: string, ar: string): Bilingual => ({ en, ar });

/** A leader entry written on one line: id, names, country, roles and spellings. */
export function person(
  id: string,
  en: string,
  ar: string,
  country: string,
  roles: Leader['roles'],
  spellings: Leader['spellings'],
): Leader {
  return { id, name: { ar, en }, country, roles, spellings };
}

/** First names with surnames; the surname alone only with the full name in the text. */
export function guarded(firsts: string[], lasts: string[]): Leader['spellings'] {
  return [...names(firsts, lasts, false), ...lasts.map((text) => ({ text, needs: 'named' as const }))];
}
