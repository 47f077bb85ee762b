// A leader's id as the corpus format (tests/fixtures' gold, `qimma extract`) writes it: the slug of
// the English surname — `wang` for Wang Yi, `li` for Li Qiang, `kim` for Kim Jong Un. The product
// keeps the gazetteer's own ids (`wang-yi`, `wang-wenbin`), which tell apart people a surname
// alone would merge; only the corpus output speaks in surnames.

import { SURNAME_FIRST_COUNTRIES } from './data/name-order';
import { SURNAMES } from './data/surnames';
import { leaderById } from './lookup';

const SURNAME_FIRST = new Set(SURNAME_FIRST_COUNTRIES);

export function surnameId(id: string): string {
  const named = SURNAMES[id];
  if (named) return named;
  const leader = leaderById(id);
  // Chinese, Korean and Vietnamese names are written surname first: the id's first part.
  if (leader && SURNAME_FIRST.has(leader.country) && id.includes('-')) return id.slice(0, id.indexOf('-'));
  return id;
}
