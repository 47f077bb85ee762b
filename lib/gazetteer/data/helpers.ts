// Helpers for writing roles in the leader data: an office's role text comes from `offices.ts`, so
// the data says only who held what, and when.

import type { Bilingual, IsoDay, Role } from '../types';
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
