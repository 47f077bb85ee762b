// The raw material of hostile inputs, shared by the fuzz test and the behaviour lock
// (bench/digest.ts): alphabets a page may throw at the extractor (Arabic letters and marks, three
// digit scripts, punctuation, white space of every kind, Latin and Cyrillic, direction and
// invisible marks, control characters, presentation forms, lone surrogates and astral letters,
// Persian and Maghrebi letters), and every proclitic combination that may stand before a word.

const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => String.fromCharCode(from + i));
export const ALPHABETS: string[][] = [
  range(0x0621, 0x064a), // Arabic letters
  range(0x064b, 0x065f), // harakat
  [...range(0x0660, 0x0669), ...range(0x06f0, 0x06f9), ...range(0x30, 0x39)], // digits, three scripts
  [...'.,،؛؟!:;()[]«»"\'-–—/\\%٪٫٬ـ'],
  [' ', ' ', ' ', '\n', '\n', '\r\n', '\t', '\u00a0', '\u2009'],
  [...range(0x41, 0x5a), ...range(0x61, 0x7a), ...range(0x0410, 0x044f)], // Latin, Cyrillic
  [
    '\u200e',
    '\u200f',
    '\u202a',
    '\u202b',
    '\u202c',
    '\u202d',
    '\u202e',
    '\u2066',
    '\u2067',
    '\u2069',
    '\u061c',
    '\ufeff',
    '\u200b',
    '\u200c',
    '\u200d',
  ],
  ['\u0000', '\u0001', '\u0002', '\u0007', '\u001b'],
  [...range(0xfb50, 0xfb60), ...range(0xfe70, 0xfe90), ...range(0xfef5, 0xfefc), '\ufdf2', '\ufdfa', '\ufdfd'], // presentation forms
  ['\ud800', '\udbff', '\udc00', '\udfff', '😀', '𝟘', '中', '文', '한', '\u0301', '\u0670', '\u06ea'], // surrogates, astral, CJK
  [...'یکگچپژڤڨەۀ'], // Persian and Maghrebi letters
];

/** Proclitic combinations, from none to four letters. */
export const PROCLITICS = [
  '',
  'و',
  'ف',
  'ب',
  'ل',
  'ك',
  'ال',
  'وال',
  'فال',
  'بال',
  'كال',
  'لل',
  'وب',
  'ول',
  'وك',
  'فب',
  'فل',
  'وبال',
  'وكال',
  'وللـ',
  'فلل',
  'ولل',
];
