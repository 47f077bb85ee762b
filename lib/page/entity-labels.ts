// Names for the card, computed where the gazetteer lives (the background, with the engine): who a
// leader is at the time of the article (`فلاديمير بوتين — رئيس روسيا`), what a venue is
// (`الكرملين، موسكو`). The content script receives them with the extraction, so the gazetteer's
// data never has to be loaded into a page.

import type { ExtractionResult } from '../extract/types';
import { cityOf, leaderById, roleAt, venueById } from '../gazetteer';

/** Labels by key: `leader:putin`, `venue:kremlin`; `name:putin` is the bare name (for meeting lines). */
export type EntityLabels = Record<string, string>;

/** The day a leader's role is read at: the meeting's, else the article's (today when neither). */
function referenceDay(result: ExtractionResult): string | null {
  for (const d of [result.meeting?.knownStart, result.meeting?.start, result.published]) {
    if (d && /^\d{4}(-\d{2}){0,2}$/.test(d)) return d;
  }
  return null;
}

export function leaderLabel(id: string, day: string | null): string | null {
  const leader = leaderById(id);
  if (!leader) return null;
  const role = roleAt(id, day) ?? leader.roles[0]?.role ?? null;
  return role ? `${leader.name.ar} — ${role.ar}` : leader.name.ar;
}

export function venueLabel(id: string): string | null {
  const venue = venueById(id);
  if (!venue) return null;
  const city = venue.in ? venueById(cityOf(id)) : undefined;
  return city ? `${venue.name.ar}، ${city.name.ar}` : venue.name.ar;
}

/**
 * People the gazetteer does not know (the engine reads them from a title of office: id = the
 * surname's slug) have no label of their own: the card shows the words on the page, and the
 * meeting line their name as the article wrote it (its first mention by name, not by title).
 */
export function entityLabels(result: ExtractionResult): EntityLabels {
  const labels: EntityLabels = {};
  const day = referenceDay(result);
  const leaders = new Set<string>(result.meeting?.participants ?? []);
  const venues = new Set<string>(result.meeting?.venue ? [result.meeting.venue] : []);
  const written = new Map<string, string>();
  for (const m of result.mentions) {
    if (m.type === 'leader' && m.id) leaders.add(m.id);
    if (m.type === 'venue' && m.id) venues.add(m.id);
    const key = `${m.type}:${m.id}`;
    if (m.id && !m.byTitle && !written.has(key)) written.set(key, m.text);
  }
  for (const id of leaders) {
    const label = leaderLabel(id, day);
    if (label) labels[`leader:${id}`] = label;
    const name = leaderById(id)?.name.ar ?? written.get(`leader:${id}`);
    if (name) labels[`name:${id}`] = name;
  }
  for (const id of venues) {
    const label = venueLabel(id);
    if (label) labels[`venue:${id}`] = label;
  }
  return labels;
}
