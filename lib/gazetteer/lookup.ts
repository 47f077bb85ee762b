// Lookups over the gazetteer for the rest of the product: an entity by id, a leader's role at a
// date (`فلاديمير بوتين — رئيس روسيا`), who held an office in a period, and how venues nest.

import { LEADERS } from './data/leaders';
import { OFFICES } from './data/offices';
import { VENUES } from './data/venues';
import { overlaps, type Period, periodOf, today } from './period';
import type { Bilingual, Leader, Office, Role, Venue } from './types';

const leaders = new Map(LEADERS.map((l) => [l.id, l]));
const venues = new Map(VENUES.map((v) => [v.id, v]));
const offices = new Map(OFFICES.map((o) => [o.id, o]));

export function leaderById(id: string): Leader | undefined {
  return leaders.get(id);
}

export function venueById(id: string): Venue | undefined {
  return venues.get(id);
}

export function officeById(id: string): Office | undefined {
  return offices.get(id);
}

export function allLeaders(): readonly Leader[] {
  return LEADERS;
}

export function allVenues(): readonly Venue[] {
  return VENUES;
}

/**
 * The leader's role at a date (a day, a month or a year; today when null): the first role in
 * the data that is in force then. Null for an unknown id or a date outside every role.
 */
export function roleAt(id: string, isoDate: string | null): Bilingual | null {
  const leader = leaders.get(id);
  const period = periodOf(isoDate ?? today());
  if (!leader || !period) return null;
  return rolesIn(leader, period)[0]?.role ?? null;
}

/** The leader's roles in force during a period, in the data's order (most relevant first). */
export function rolesIn(leader: Leader, period: Period): Role[] {
  return leader.roles.filter((r) => overlaps(period, r.from, r.to));
}

let holdersByOffice: Map<string, Array<{ leader: Leader; role: Role }>> | null = null;

/** Everyone who held an office at some point in the period (several when it changed hands). */
export function holdersOf(officeId: string, period: Period): Leader[] {
  if (!holdersByOffice) {
    holdersByOffice = new Map();
    for (const leader of LEADERS) {
      for (const role of leader.roles) {
        if (!role.office) continue;
        let list = holdersByOffice.get(role.office);
        if (!list) {
          list = [];
          holdersByOffice.set(role.office, list);
        }
        list.push({ leader, role });
      }
    }
  }
  const out: Leader[] = [];
  for (const { leader, role } of holdersByOffice.get(officeId) ?? []) {
    if (overlaps(period, role.from, role.to) && !out.includes(leader)) out.push(leader);
  }
  return out;
}

// cityOf and venuesCompatible read the pages' names table (directory.ts): one answer for both.
export { cityOf, venuesCompatible } from './directory';
