// Who a title means: the holder of its office in the period the text speaks from (`رئيس الوزراء
// الصيني` is Li Keqiang before 2023-03-11 and Li Qiang after). When the office changed hands in
// that period, the holder the text names wins; otherwise the title is left unresolved.
// A counterpart (`نظيره الصيني`) takes the office of the person it is the counterpart of: after
// Putin it is China's head of state, after Lavrov China's foreign minister.

import { OFFICES } from './data/offices';
import { holdersOf, leaderById, rolesIn } from './lookup';
import type { Period } from './period';
import type { Leader, OfficeType } from './types';

export function resolveOffice(officeId: string, period: Period, named: ReadonlySet<string>): string | null {
  return pick(holdersOf(officeId, period), named);
}

/**
 * Resolves `نظيره` + nationality: `antecedent` is the leader the counterpart belongs to (the
 * nearest earlier leader of another country), or null when there is none — then the head of state.
 */
export function resolveCounterpart(
  country: string,
  antecedent: string | null,
  period: Period,
  named: ReadonlySet<string>,
): string | null {
  const types: OfficeType[] = [];
  if (antecedent === null) types.push('head-of-state');
  else {
    const leader = leaderById(antecedent);
    for (const role of leader ? rolesIn(leader, period) : []) {
      const office = role.office ? OFFICES.find((o) => o.id === role.office) : undefined;
      if (office && office.type !== 'other' && !types.includes(office.type)) types.push(office.type);
    }
  }
  for (const type of types) {
    for (const office of OFFICES) {
      if (office.country !== country || office.type !== type || !office.titles) continue;
      const id = resolveOffice(office.id, period, named);
      if (id) return id;
    }
  }
  return null;
}

function pick(holders: Leader[], named: ReadonlySet<string>): string | null {
  if (holders.length === 1) return (holders[0] as Leader).id;
  const inText = holders.filter((l) => named.has(l.id));
  return inText.length === 1 ? (inText[0] as Leader).id : null;
}
