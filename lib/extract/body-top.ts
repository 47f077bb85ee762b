// The top of a flattened page, above the headline: the site's name (`RT Arabic | روسيا اليوم`,
// `السومرية نيوز`, `عدن الغد`), its section (`عالم`, `سياسة / تقارير وتحليلات`) and its menu
// (`الرئيسية | الصين | العالم | اقتصاد`). None of it is story, but the segmentation takes any
// line before the first paragraph for a headline or a kicker. Masthead words (`بوابة`, `وكالة`)
// catch some; the rest is told by the page's shape, not by names: among the lines above the first
// paragraph, the headline is the first one of five words or more; short lines above it (four
// words or fewer) and menus are the page's, not the story's. Date lines stay (they date the story),
// but for one that opens the page above the site's name and menu: that is the site's today.

import { normaliseString } from '../text/normalise';
import type { Token } from '../text/tokens';
import { TICKER_SEPARATORS } from './body-markers';

/** What the segmentation knew of a line it kept as story. */
export interface TopLine {
  words: number;
  prose: boolean;
  dateLine: boolean;
  /** A menu: separators between short items (`الرئيسية | الصين | العالم`, `سياسة / تقارير`). */
  menu: boolean;
}

/** Fewer words than this, above the headline, is a name or a section, not a headline. */
const HEADLINE_MIN_WORDS = 5;
/**
 * A line this long right above the longer one is the headline and the longer one its standfirst
 * (`بوتين يهاتف شي` over `الرئيسان يبحثان العلاقات الثنائية …`): site names and sections are
 * mostly one or two words, menus have separators, and news headlines of three words are common.
 */
const SHORT_HEADLINE_MIN_WORDS = 3;
/** Words of a menu item (`الشرق الأوسط`, `تقارير وتحليلات`). */
export const MENU_ITEM_MAX_WORDS = 3;
/**
 * Arrows between a breadcrumb's steps as sites type them: `>`, `»`, and the single angle quotes
 * and arrows that survive normalisation (`أخبار › سياسة › الصين`, `الرئيسية ❯ العالم`, `→`).
 */
const TRAIL_ARROWS = ['>', '»', '<', '«', '›', '‹', '❯', '❮', '→', '←'];
const MENU_SEPARATORS = new Set([...TICKER_SEPARATORS, '/', ...TRAIL_ARROWS]);
/** Separators of a breadcrumb trail (a step down), as opposed to a menu's list (`|`, `/`). */
const TRAIL_SEPARATORS = new Set([...TRAIL_ARROWS, '"']);
/** Normalisation folds `»`/`«` (breadcrumb arrows) to this, the quote every quotation uses too. */
const FOLDED_QUOTE = '"';

/**
 * A separator between menu items. A folded `»` separates only standing free, with space on both
 * sides (`الرئيسية " أخبار " العالم`); a quote clinging to a word (`"الاستقرار الاستراتيجي"`)
 * opens or closes a quotation in a headline.
 */
function isSeparator(tokens: readonly Token[], i: number, t0: number, t1: number): boolean {
  const t = tokens[i] as Token;
  if (t.text !== FOLDED_QUOTE) return MENU_SEPARATORS.has(t.text);
  const before = i > t0 ? (tokens[i - 1] as Token) : null;
  const after = i + 1 < t1 ? (tokens[i + 1] as Token) : null;
  return (before === null || before.end < t.start) && (after === null || after.start > t.end);
}

/** A line made of short items between separators: a menu or breadcrumb. */
export function isMenu(tokens: readonly Token[], t0: number, t1: number): boolean {
  let items = 1;
  let itemWords = 0;
  let longest = 0;
  let trail = true;
  for (let i = t0; i < t1; i++) {
    const t = tokens[i] as Token;
    if (t.kind === 'word' || t.kind === 'number') itemWords++;
    else if (itemWords > 0 && isSeparator(tokens, i, t0, t1)) {
      longest = Math.max(longest, itemWords);
      itemWords = 0;
      items++;
      if (!TRAIL_SEPARATORS.has(t.text)) trail = false;
    }
  }
  // A breadcrumb trail often ends with the page's own title (`الرئيسية » أخبار » بوتين وشي
  // يبحثان …`): two short steps or more before it still make it the page's furniture.
  if (trail && items >= 3 && longest <= MENU_ITEM_MAX_WORDS) return true;
  longest = Math.max(longest, itemWords);
  return (items >= 2 && longest <= MENU_ITEM_MAX_WORDS) || isSpacedMenu(tokens, t0, t1);
}

/** Words that number a programme's part (`الحلقة 112`, `Episode 12`). */
const SERIES_WORDS = new Set(['الحلقة', 'حلقة', 'episode', 'ep'].map(normaliseString));
/** Words of a series label at most (`بودكاست "مدار" - الحلقة 112`). */
const SERIES_LABEL_MAX_WORDS = 6;

/**
 * A programme's label above an episode's page (`بودكاست "مدار" - الحلقة 112`, `برنامج المشهد |
 * الحلقة رقم 40`): a short line numbering the part of a series, the page's furniture as a menu
 * is, not a short headline.
 */
export function isSeriesLabel(tokens: readonly Token[], t0: number, t1: number): boolean {
  let words = 0;
  let numbered = false;
  for (let i = t0; i < t1; i++) {
    const t = tokens[i] as Token;
    if (t.kind === 'word' || t.kind === 'number') words++;
    if (t.kind !== 'word' || !SERIES_WORDS.has(t.text)) continue;
    const next = tokens[i + 1]?.text === RAQM ? tokens[i + 2] : tokens[i + 1];
    if (next?.kind === 'number' && i + 1 < t1) numbered = true;
  }
  return numbered && words <= SERIES_LABEL_MAX_WORDS;
}

const RAQM = normaliseString('رقم');

/** Items of a menu flattened with wide gaps and no separators. */
const SPACED_MENU_MIN_ITEMS = 4;

/**
 * `أخبار  مقالات  تقارير  برامج  بودكاست`: a menu copied off a page keeps its items apart by runs
 * of spaces, with no separator. Four short items or more, every one apart from the next by two
 * spaces or more, and nothing but words: a headline typed with a stray double space has one gap.
 */
function isSpacedMenu(tokens: readonly Token[], t0: number, t1: number): boolean {
  let items = 1;
  let itemWords = 0;
  for (let i = t0; i < t1; i++) {
    const t = tokens[i] as Token;
    if (t.kind !== 'word') return false;
    if (i > t0 && t.start - (tokens[i - 1] as Token).end >= 2) {
      items++;
      itemWords = 0;
    }
    if (++itemWords > MENU_ITEM_MAX_WORDS) return false;
  }
  return items >= SPACED_MENU_MIN_ITEMS && items * 2 > t1 - t0;
}

/**
 * How many of the story's first lines are the page's top: those above the headline that are short
 * or a menu. Zero when no headline stands above the first paragraph.
 */
export function pageTopLines(lines: readonly TopLine[]): number {
  let headline = -1;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] as TopLine;
    if (l.prose) break;
    if (!l.dateLine && !l.menu && l.words >= HEADLINE_MIN_WORDS) {
      headline = i;
      break;
    }
  }
  // No headline of a few words above the first long line: a menu run from the very top (`Arabic.
  // news.cn | الصين | العالم`) over it is still the page's, and the long line is the headline
  // (`النص الكامل: البيان المشترك بين … في العصر الجديد`).
  if (headline < 0) return menusAbove(lines);
  if (headline === 0) return 0;
  const above = lines[headline - 1] as TopLine;
  if (!above.menu && !above.dateLine && above.words >= SHORT_HEADLINE_MIN_WORDS) headline--;
  if (headline <= 0) return 0;
  // Only a run from the top: a date line between the site and the headline stays (it dates the
  // story), as does one above a kicker or a section. Date lines that open the page above its
  // name and menu (two short lines or more) are the site's today.
  let lead = 0;
  while (lead < headline && (lines[lead] as TopLine).dateLine) lead++;
  let k = lead;
  while (k < headline) {
    const l = lines[k] as TopLine;
    if (l.dateLine || !(l.menu || l.words < HEADLINE_MIN_WORDS)) break;
    k++;
  }
  return lead > 0 && k - lead < 2 ? 0 : k;
}

/** How many menu lines open the page right above its first line of prose (none if something else stands between). */
function menusAbove(lines: readonly TopLine[]): number {
  let k = 0;
  while (k < lines.length && (lines[k] as TopLine).menu && !(lines[k] as TopLine).dateLine) k++;
  return k < lines.length && (lines[k] as TopLine).prose ? k : 0;
}
