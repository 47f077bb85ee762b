// Analyses and features name the visiting leader once and then speak of him as `الرجل` or by a
// pronoun: `لم يكن اختيار بوتين بكين … تفصيلاً. فالرجل … جلس أمس إلى نظيره الصيني، شي جين بينغ،
// في محادثات`. The talks' sentence names one side only, but `نظيره الصيني` says the named leader
// is the opposite number of the sentence's subject: when the sentence before (same paragraph or
// the one above) names the other side's leader and no one else, he is that subject, and the
// sentence reports the leaders' meeting; so does `الزعيمين` beside the one named (`فاللقاء الذي
// جمعه بالرئيس الصيني …، وهو الأول بين الزعيمين`). Only meeting sentences naming one side are looked at —
// or naming no one but `الزعيمان`/`الرئيسان`, the pair the sentence before named (`carryPair`).

import { normaliseString } from '../text/normalise';
import type { Candidate } from './document';
import { COUNTERPART_ADJECTIVES, COUNTERPART_NOUNS } from './meeting-words';
import type { SentenceRoles } from './sentence-roles';

const NOUNS = new Set(COUNTERPART_NOUNS.map(normaliseString));
const ADJECTIVES = {
  ru: new Set(COUNTERPART_ADJECTIVES.ru.map(normaliseString)),
  cn: new Set(COUNTERPART_ADJECTIVES.cn.map(normaliseString)),
};
/** Proclitics a counterpart noun takes (`لنظيره`, `ونظيره`, `بمضيفه`). */
const PROCLITICS = /^[وف]?[بلك]?/u;
/** Characters between a counterpart noun and the name it introduces (`نظيره، شي`). */
const NAME_REACH = 3;

/** Roles with the subject carried over to sentences that name only the subject's counterpart. */
export function carryCounterparts(roles: SentenceRoles[]): SentenceRoles[] {
  for (let i = 0; i < roles.length; i++) {
    const r = roles[i] as SentenceRoles;
    if (!r.meeting || r.both || r.envoy || r.sentence.background || r.others.length > 0) continue;
    if (r.ru.length + r.cn.length === 0) {
      if (r.kinds.has('leaders')) carryPair(roles, i);
      continue;
    }
    const named = r.ru.length > 0 && r.cn.length === 0 ? 'ru' : r.cn.length > 0 && r.ru.length === 0 ? 'cn' : null;
    if (!named) continue;
    const subject = previousPeople(roles, i);
    if (!subject || subject.others.length > 0) continue;
    const carried = named === 'ru' ? subject.cn : subject.ru;
    if (carried.length === 0 || (named === 'ru' ? subject.ru : subject.cn).length > 0) continue;
    // `الزعيمين` beside the one named (`فاللقاء الذي جمعه بالرئيس الصيني شي …، وهو الأول بين
    // الزعيمين`) says as much as a counterpart noun. Read last: it scans the sentence's words.
    if (!r.kinds.has('leaders') && !namesCounterpart(r, named)) continue;
    roles[i] = {
      ...r,
      ru: named === 'ru' ? r.ru : carried,
      cn: named === 'cn' ? r.cn : carried,
      both: true,
      event: !r.negated && !r.speculative,
    };
  }
  return roles;
}

/**
 * `وأجرى الزعيمان محادثات موسعة` after a sentence naming Putin and Xi (`منح شي … نظيره الروسي
 * بوتين وسام الصداقة`): the two leaders are the pair just named, when that sentence names no one
 * else (after `بوتين ومودي`, `الزعيمان` are those two).
 */
function carryPair(roles: SentenceRoles[], i: number): void {
  const r = roles[i] as SentenceRoles;
  // A meeting still to come (`ومن المقرر أن يعقد الزعيمان لقاء … على أن تجرى المحادثات غدا`) is
  // left as it was: its day would compete with the day being reported.
  if (r.kinds.has('announce')) return;
  const pair = previousPeople(roles, i);
  if (!pair || pair.ru.length === 0 || pair.cn.length === 0 || pair.others.length > 0) return;
  roles[i] = { ...r, ru: pair.ru, cn: pair.cn, both: true, event: !r.negated && !r.speculative };
}

/** The nearest sentence before `i`, in its paragraph or the one above, that names anyone. */
function previousPeople(roles: readonly SentenceRoles[], i: number): SentenceRoles | null {
  const line = (roles[i] as SentenceRoles).sentence.line;
  for (let j = i - 1; j >= 0; j--) {
    const p = roles[j] as SentenceRoles;
    if (p.sentence.line < line - 1) return null;
    if (p.ru.length + p.cn.length + p.others.length > 0) return p;
  }
  return null;
}

/**
 * A counterpart noun that qualifies the named side's leader: with that side's adjective
 * (`نظيره الصيني`) or right before his name (`نظيره، شي جين بينغ`).
 */
function namesCounterpart(r: SentenceRoles, side: 'ru' | 'cn'): boolean {
  const s = r.sentence;
  const re = /[\p{L}]+/gu;
  re.lastIndex = s.start;
  for (let m = re.exec(s.text); m && m.index < s.end; m = re.exec(s.text)) {
    const word = m[0].replace(PROCLITICS, '');
    if (!NOUNS.has(word) && !NOUNS.has(m[0])) continue;
    const end = m.index + m[0].length;
    const next = /[\p{L}]+/u.exec(s.text.slice(end, Math.min(s.end, end + 16)));
    if (next && ADJECTIVES[side].has(next[0])) return true;
    if (s.mentions.some((c: Candidate) => c.type === 'leader' && c.nStart >= end && c.nStart - end <= NAME_REACH))
      return true;
  }
  return false;
}
