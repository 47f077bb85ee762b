// A photo caption copied with the page: `شي (يمين) يقلد بوتين وسام الصداقة في بكين (رويترز)`,
// `الرئيس الصيني يصافح نظيره الروسي في قاعة الشعب الكبرى، 2 سبتمبر 2025 (أ ف ب)`. Pages put
// the main photo's caption between the headline and the first paragraph, where it would take one
// of the lead's paragraphs; the lead is the text's own paragraphs, so a caption takes none (it
// stays in the story). A caption is an unstopped line that ends on a photo credit in brackets or
// places the people in the picture (`(يمين)`, `(إلى اليسار)`). An archive photo's caption
// (`(أرشيفية)`) tells an earlier event: it is background, as `وكان … قد التقيا` is.

import { normaliseString } from '../text/normalise';

/** Photo credits as captions end on them: agencies, photo libraries, `أرشيفية`. */
const CREDITS = new Set(
  [
    'رويترز',
    'أ ف ب',
    'أ.ف.ب',
    'أف ب',
    'فرانس برس',
    'الفرنسية',
    'أسوشيتد برس',
    'أسوشيتيد برس',
    'أ ب',
    'إ ب أ',
    'د ب أ',
    'الأناضول',
    'غيتي',
    'جيتي',
    'غيتي إيميجز',
    'غيتي ايمجز',
    'شينخوا',
    'سبوتنيك',
    'تاس',
    'ريا نوفوستي',
    'الكرملين',
    'مواقع التواصل',
    'getty',
    'getty images',
    'afp',
    'reuters',
    'ap',
    'epa',
    'xinhua',
    'sputnik',
    'tass',
  ].map(normaliseString),
);

/** An archive photo's credit: the caption tells an earlier event (`خلال زيارة مارس 2023 (أرشيفية)`). */
const ARCHIVE = new Set(
  ['أرشيفية', 'أرشيف', 'صورة أرشيفية', 'صورة من الأرشيف', 'archive', 'file'].map(normaliseString),
);

/** Where a person stands in the picture: `(يمين)`, `(من اليسار)`, `(وسط)`. */
const POSITIONS = new Set(
  ['يمين', 'يسار', 'وسط', 'الوسط', 'اليمين', 'اليسار', 'من اليمين', 'من اليسار', 'إلى اليمين', 'إلى اليسار'].map(
    normaliseString,
  ),
);

/** Characters that end a sentence before a closing credit: a stopped line is a paragraph. */
const STOPS = '.!?؟…';

/** What a line is as a caption: a photo's, an archive photo's (an earlier event), or none. */
export type Caption = 'photo' | 'archive' | null;

/** The normalised line `text[a, b)` as a caption (see `Caption`). */
export function captionOf(text: string, a: number, b: number): Caption {
  // Most lines have no bracket at all: no slice is made for them. (The search stays inside the
  // line: `lastIndexOf` would run back through the whole text when the line has none.)
  if (!hasBracket(text, a, b)) return null;
  const line = text.slice(a, b).trim();
  if (endsWithStop(line)) return null;
  const open = line.lastIndexOf('(');
  if (open > 0 && line.endsWith(')') && !endsWithStop(line.slice(0, open).trimEnd())) {
    const parts = line
      .slice(open + 1, -1)
      .split(/[/\-،,]/)
      .map((part) => part.trim());
    if (parts.some((part) => ARCHIVE.has(part))) return 'archive';
    if (parts.some((part) => CREDITS.has(part))) return 'photo';
  }
  return hasPosition(line) ? 'photo' : null;
}

function hasBracket(text: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (text.charCodeAt(i) === 0x28) return true;
  return false;
}

const endsWithStop = (s: string): boolean => STOPS.includes(s[s.length - 1] ?? '\n');

/** Whether a bracket of the line places someone in the picture. */
function hasPosition(line: string): boolean {
  for (let open = line.indexOf('('); open >= 0; open = line.indexOf('(', open + 1)) {
    const close = line.indexOf(')', open);
    if (close < 0) return false;
    if (POSITIONS.has(line.slice(open + 1, close).trim())) return true;
  }
  return false;
}
