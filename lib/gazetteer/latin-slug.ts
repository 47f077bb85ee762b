// A readable Latin id for a person the gazetteer does not know, from the Arabic spelling of the
// name. Written by hand (no library transliterates news Arabic back to a name's Latin form):
// consonants letter by letter, و/ي as vowels between consonants and as w/y next to a vowel
// letter or at the start, a short `e` where the script leaves out the vowel of a first syllable
// before two more consonants (`منفي` → `menfi`, not `mnfi`), -ng for نغ, and the article
// dropped (`الصفدي` → `sefdi`).
// Stable: the same spelling always gives the same id, across texts.

const LATIN: Record<string, string> = {
  ء: '',
  آ: 'a',
  أ: 'a',
  إ: 'i',
  ا: 'a',
  ب: 'b',
  ت: 't',
  ث: 'th',
  ج: 'j',
  ح: 'h',
  خ: 'kh',
  د: 'd',
  ذ: 'dh',
  ر: 'r',
  ز: 'z',
  س: 's',
  ش: 'sh',
  ص: 's',
  ض: 'd',
  ط: 't',
  ظ: 'z',
  ع: '',
  غ: 'gh',
  ف: 'f',
  ق: 'q',
  ك: 'k',
  ل: 'l',
  م: 'm',
  ن: 'n',
  ه: 'h',
  ة: 'a',
  ى: 'a',
  ئ: '',
  ؤ: '',
};

const VOWEL_LETTERS = new Set(['ا', 'أ', 'إ', 'آ', 'ى', 'ة']);

/** A word's Latin form (`ساتكالييف` → `satkalif`, `ماي` → `may`, `منفي` → `menfi`). */
export function latinWord(word: string): string {
  const w = word.startsWith('ال') && word.length > 4 ? word.slice(2) : word;
  let out = '';
  for (let i = 0; i < w.length; i++) {
    const c = w[i] as string;
    const prev = w[i - 1];
    // و/ي next to a vowel letter, or first, are consonants (`ماي`, `ياو`, `وانغ`).
    const glide = i === 0 || (prev !== undefined && VOWEL_LETTERS.has(prev)) || VOWEL_LETTERS.has(w[i + 1] ?? '');
    if (c === 'و') out += glide ? 'w' : 'u';
    else if (c === 'ي') out += glide ? 'y' : 'i';
    else if (c === 'ه' && i === w.length - 1 && i > 0) out += prev === 'ي' ? 'e' : 'a';
    // Chinese and Korean -ng is written نغ (`وانغ`, `هونغ`).
    else if (c === 'غ' && prev === 'ن') out += 'g';
    else out += LATIN[c] ?? '';
    // The first syllable's vowel, which the script leaves out (`منفي`, `كسينجر`).
    // Only before two more consonants: `ستالين`, `تران` begin with a cluster of their own.
    if (i === 0 && out.length > 0 && !/[aiu]$/.test(out) && isConsonantLetter(w[1]) && isConsonantLetter(w[2]))
      out += 'e';
  }
  return out.replace(/([aiu])\1+/g, '$1').replace(/[^a-z]/g, '');
}

function isConsonantLetter(c: string | undefined): boolean {
  return (
    c !== undefined && c !== 'و' && c !== 'ي' && !VOWEL_LETTERS.has(c) && LATIN[c] !== undefined && LATIN[c] !== ''
  );
}

/** The id of a name: its surname's form, or all of its words for a surname-first name. */
export function nameSlug(words: readonly string[], surnameFirst: boolean): string {
  const parts = (surnameFirst ? words : words.slice(-1)).map(latinWord).filter((p) => p.length > 0);
  return parts.length > 0 ? parts.join('-') : 'unknown';
}
