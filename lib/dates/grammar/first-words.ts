// What each parser of the grammar needs at its first token, as bits of the shared word table
// (`tokenBits`), so that a try at a token runs only the parsers that can start there. Each bit is
// the union of the vocabularies the parser looks its first token up in (with proclitics, as it
// does); a parser whose bit is clear would return null at its first lookup. For digits: a day
// (1–31), a four-digit year, a dotted date.

import { analyseWord } from '../../numbers/lexicon';
import { procliticToken } from '../../numbers/proclitics';
import { wordFlag } from '../../text/vocabulary';
import {
  BARE_WEEKDAYS,
  DAY_DUAL_WORDS,
  DAY_WORDS,
  DEMONSTRATIVES,
  ENGLISH_MONTHS,
  ENGLISH_WEEKDAYS,
  FIRST_DAY_WORDS,
  HIJRI_MONTHS,
  LAST_WORDS,
  LIKE_WORDS,
  MONTH_PART_WORDS,
  MONTH_WORDS,
  MONTHS,
  RELATIVE_DAYS,
  SAME_HEADS,
  WEEKDAYS,
  WORD,
  YEAR_DUAL_WORDS,
  YEAR_WORDS,
} from '../lexicon';
import { ARTICLE_ONLY } from './parts';

/** A word `readNumberAt` reads: a number word, or bare proclitics before digits (`ال 75`). */
const isNumberWord = (w: string) => analyseWord(w).length > 0 || procliticToken(w) !== null;
/** A word `readDay` reads: the article before digits, `غرة`, an ordinal word. */
const opensDay = (w: string) => ARTICLE_ONLY.forms.has(w) || FIRST_DAY_WORDS.forms.has(w) || isNumberWord(w);
const plainDigits = (w: string) => /^\d+$/.test(w);

/** `parseRelativeDay`: `اليوم`, `أمس`, `بعد غد`… */
export const RELATIVE_DAY_START = wordFlag((w) => RELATIVE_DAYS.byForm.has(w));
/** `parseWeekdayFirst`: `يوم`, `يومي`, `هذا`, a weekday (Arabic, English, bare). */
export const WEEKDAY_START = wordFlag(
  (w) =>
    DAY_WORDS.forms.has(w) ||
    DAY_DUAL_WORDS.forms.has(w) ||
    DEMONSTRATIVES.forms.has(w) ||
    WEEKDAYS.byForm.has(w) ||
    ENGLISH_WEEKDAYS.byForm.has(w) ||
    BARE_WEEKDAYS.byForm.has(w),
);
/** `parseOrdinalWeekday`: `آخر`, `اليوم` (الأخير), an ordinal. */
export const ORDINAL_WEEKDAY_START = wordFlag((w) => LAST_WORDS.forms.has(w) || w === WORD.alyawm || isNumberWord(w));
/** `parseMonthPart`: `أوائل`, `منتصف`, `نهاية`… */
export const MONTH_PART_START = wordFlag((w) => MONTH_PART_WORDS.forms.has(w));
/** `parseDayFirst`: `يوم`, `يومي`, or a day (digits 1–31 or a day word). */
export const DAY_FIRST_START = wordFlag(
  (w) =>
    DAY_WORDS.forms.has(w) ||
    DAY_DUAL_WORDS.forms.has(w) ||
    opensDay(w) ||
    (plainDigits(w) && w.length <= 2 && Number(w) >= 1 && Number(w) <= 31),
);
/** `parseHijri`: a day, a Hijri month, or a four-digit year. */
export const HIJRI_START = wordFlag(
  (w) =>
    opensDay(w) ||
    HIJRI_MONTHS.byForm.has(w) ||
    (plainDigits(w) && (w.length === 4 || (w.length <= 2 && Number(w) >= 1 && Number(w) <= 31))),
);
/** `parseMonthFirst` (`parseMonthRef`): `هذا`, `شهر`, a month name (Arabic, English), `نفس`. */
export const MONTH_FIRST_START = wordFlag(
  (w) =>
    DEMONSTRATIVES.forms.has(w) ||
    MONTH_WORDS.forms.has(w) ||
    MONTHS.byForm.has(w) ||
    ENGLISH_MONTHS.byForm.has(w) ||
    SAME_HEADS.forms.has(w),
);
/** `parseYear`: `هذا`, `عامي`, `عام`, `نفس`, or a four-digit number. */
export const YEAR_START = wordFlag(
  (w) =>
    DEMONSTRATIVES.forms.has(w) ||
    YEAR_DUAL_WORDS.forms.has(w) ||
    YEAR_WORDS.forms.has(w) ||
    SAME_HEADS.forms.has(w) ||
    (plainDigits(w) && w.length === 4),
);
/** `parseAnniversaryDay`: `مثل` (`في مثل هذا اليوم من عام 1949`). */
export const ANNIVERSARY_START = wordFlag((w) => LIKE_WORDS.forms.has(w));
