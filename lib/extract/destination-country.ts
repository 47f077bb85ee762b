// The country a visit goes to, when the text names a country rather than a city (`سيقوم بزيارة
// دولة إلى روسيا`, `يزور الصين`, `الزيارة الرسمية لكازاخستان`). Countries are never venues; this
// only tells whether the dateline's city can stand for the meeting's place: a Beijing-datelined
// announcement that Xi will visit Russia is not about a meeting in Beijing.
// Hand-written list of the countries where Russia–China leaders meet or pass through (the two
// sides, the SCO, BRICS, APEC and G20 hosts) and of other trips of theirs; a country missing here
// only keeps the old fallback.

import { normaliseString } from '../text/normalise';
import { isLetter } from '../text/tokens';
import { wordsBefore } from './words-before';

const COUNTRIES: ReadonlyArray<readonly [string, string]> = [
  ['روسيا', 'RU'],
  ['روسيا الاتحادية', 'RU'],
  ['الصين', 'CN'],
  ['كازاخستان', 'KZ'],
  ['أوزبكستان', 'UZ'],
  ['اوزبكستان', 'UZ'],
  ['قيرغيزستان', 'KG'],
  ['قرغيزستان', 'KG'],
  ['طاجيكستان', 'TJ'],
  ['منغوليا', 'MN'],
  ['الهند', 'IN'],
  ['البرازيل', 'BR'],
  ['جنوب أفريقيا', 'ZA'],
  ['جنوب إفريقيا', 'ZA'],
  ['إندونيسيا', 'ID'],
  ['اندونيسيا', 'ID'],
  ['اليابان', 'JP'],
  ['تركيا', 'TR'],
  ['الأرجنتين', 'AR'],
  ['فيتنام', 'VN'],
  ['بيرو', 'PE'],
  ['ألمانيا', 'DE'],
  // Other trips of either leader: a story of one of them is someone else's event (main-subject).
  ['كوريا الشمالية', 'KP'],
  ['كوريا الجنوبية', 'KR'],
  ['إيران', 'IR'],
  ['ايران', 'IR'],
  ['مصر', 'EG'],
  ['السعودية', 'SA'],
  ['الإمارات', 'AE'],
  ['قطر', 'QA'],
  ['سوريا', 'SY'],
  ['الجزائر', 'DZ'],
  ['فرنسا', 'FR'],
  ['إيطاليا', 'IT'],
  ['صربيا', 'RS'],
  ['المجر', 'HU'],
  ['بيلاروسيا', 'BY'],
  ['أذربيجان', 'AZ'],
  ['أرمينيا', 'AM'],
  ['تركمانستان', 'TM'],
  ['باكستان', 'PK'],
  ['ماليزيا', 'MY'],
  ['كمبوديا', 'KH'],
  ['الولايات المتحدة', 'US'],
];

/** First word of a country's name (normalised) → its code; two-word names keep their second word. */
const BY_FIRST = new Map<string, { second: string | null; code: string }[]>();
for (const [name, code] of COUNTRIES) {
  const [first, second] = normaliseString(name).split(' ') as [string, string | undefined];
  const list = BY_FIRST.get(first) ?? [];
  list.push({ second: second ?? null, code });
  BY_FIRST.set(first, list);
}

/** Words after which a country is where someone goes or is (`إلى روسيا`, `يزور الصين`). */
const TOWARDS = new Set(
  [
    'إلى',
    'في',
    'يزور',
    'سيزور',
    'تزور',
    'ستزور',
    'زيارة',
    'لزيارة',
    'بزيارة',
    'زيارته',
    'زار',
    'وصل',
    'يصل',
    'سيصل',
  ].map(normaliseString),
);
/** Attached prepositions of direction or place (`لروسيا`, `بالصين`, `وإلى`). */
const ATTACHED = ['ل', 'ب', 'وب', 'ول', 'لل', 'بال', 'وبال'];

const NO_ENTRIES: ReadonlyArray<{ second: string | null; code: string }> = [];

function countryOf(word: string, next: string | undefined): string | null {
  for (const e of BY_FIRST.get(word) ?? NO_ENTRIES) if (e.second === null || e.second === next) return e.code;
  return null;
}

/**
 * The last two letters of every first word of a country's name, as one number: a word that names a
 * country, bare or with an attached preposition (`لروسيا`, `بالصين`: the name is at its end, and at
 * least two letters long with `ال` put back), ends with one of them. Only such words are read.
 */
const ENDINGS = new Set([...BY_FIRST.keys()].map((w) => lastTwo(w, w.length)));

function lastTwo(text: string, end: number): number {
  return text.charCodeAt(end - 2) * 0x10000 + text.charCodeAt(end - 1);
}

/**
 * Codes of the countries the text between `from` and `to` names as a destination or a place
 * (`إلى روسيا`, `لروسيا`, `يزور الصين`), in text order. Words are read as offsets; a word is cut
 * out of the text only when its ending may be a country's (this runs for every meeting clause).
 */
export function destinationCountries(text: string, from: number, to: number): string[] {
  const out: string[] = [];
  let prevStart = -1;
  let prevEnd = -1;
  let i = from;
  while (i < to) {
    while (i < to && !isLetter(text.charCodeAt(i))) i++;
    const s = i;
    while (i < to && isLetter(text.charCodeAt(i))) i++;
    if (i === s) break;
    if (i - s >= 2 && ENDINGS.has(lastTwo(text, i))) {
      const prev = prevStart < 0 ? '' : text.slice(prevStart, prevEnd);
      const code = countryNamed(text.slice(s, i), prev, nextWord(text, i, to));
      if (code && !goodsSentTo(text, s)) out.push(code);
    }
    prevStart = s;
    prevEnd = i;
  }
  return out;
}

/** The letter run after `at` (before `to`), if any. */
function nextWord(text: string, at: number, to: number): string | undefined {
  let i = at;
  while (i < to && !isLetter(text.charCodeAt(i))) i++;
  const s = i;
  while (i < to && isLetter(text.charCodeAt(i))) i++;
  return i > s ? text.slice(s, i) : undefined;
}

/** The country word `w` names as a destination, between words `prev` and `next`, or null. */
function countryNamed(w: string, prev: string, next: string | undefined): string | null {
  const direct = countryOf(w, next);
  if (direct) return TOWARDS.has(prev) ? direct : null;
  for (const p of ATTACHED) {
    if (!w.startsWith(p)) continue;
    const rest = w.slice(p.length);
    const code = countryOf(rest, next) ?? countryOf(`ال${rest}`, next);
    if (code) return code;
  }
  return null;
}

/** Words reading back from a country for a word of goods sent (`صادرات النفط الروسي إلى الصين`). */
const GOODS_REACH = 4;

/**
 * Verbs and nouns of goods sent or sold (normalised): supply (`سنورد`, `توريد`, `إمدادات`), export
 * (`صادرات`, `تصدير`, `ستصدر`), shipping and pumping (`شحنات`, `ضخ`), selling (`يبيع`, `بيع`). `أورد`
 * (cited) and `صدر` (was issued) are not among them: a past `صدرت` is read only with a future or a
 * present prefix (`ستصدر`, `تصدر`) being too close to `صدر بيان`, the bare past is left out.
 */
const GOODS_WORD =
  /^[وف]?(?:(?:ب|ل|بال|لل|ال)?(?:توريد|توريدات|امدادات|امداد|صادرات|صادراته|صادراتها|تصدير|شحنات|شحنه|ضخ|بيع)|س?[يتن](?:ورد|صدر|بيع|ضخ)(?:ون|ان)?)$/;

/**
 * The country is where goods go, not people (`روسيا ستورد إلى الصين 98 مليار متر مكعب`, `وسنورد
 * للصين`, `صادرات النفط الروسي إلى الهند`): a word of goods sent stands in the few words before it.
 * A visit's words (`بزيارة دولة إلى روسيا`, `وصل إلى الصين لبحث إمدادات الغاز`) are not.
 */
function goodsSentTo(text: string, at: number): boolean {
  for (const w of wordsBefore(text, at, GOODS_REACH)) if (GOODS_WORD.test(w)) return true;
  return false;
}
