// Arabic proclitics, written by hand: no library splits Arabic clitics cheaply enough to run on
// every token. Rather than strip letters from each token of the text, the lexicon stores every
// prefixed form of each phrase's first word (`بوتين` → `وبوتين`, `لبوتين`, `فلبوتين` …), so that
// matching a token is a single Map lookup. Each form records how many letters to leave out of the
// span, and a rank: the bare word first, then the shortest prefix — so a name that itself begins
// with one of these letters (`بكين`, `لافروف`, `كازان`) is read whole when it can be.

const CONJUNCTIONS = ['', 'و', 'ف'];
const PREPOSITIONS = ['', 'ب', 'ل', 'ك'];
const ARTICLE = 'ال';

export interface PrefixedForm {
  /** The first word as it may appear in the text. */
  form: string;
  /** Letters at the start of `form` that are proclitics, left out of the mention span. */
  prefix: number;
  /** 0 for the bare word; higher ranks are tried only when lower ones do not match. */
  rank: number;
  /** The proclitics themselves (`و`, `ب`, `ول`), to tell `بالكرملين` (in the Kremlin) apart. */
  clitics: string;
}

/** All forms of a word with attached conjunction and preposition (normalised text). */
export function prefixedForms(word: string): PrefixedForm[] {
  const out: PrefixedForm[] = [{ form: word, prefix: 0, rank: 0, clitics: '' }];
  for (const conj of CONJUNCTIONS) {
    for (const prep of PREPOSITIONS) {
      if (!conj && !prep) continue;
      const clitics = conj + prep;
      if (prep === 'ل' && word.startsWith(ARTICLE)) {
        // ل + ال is written لل (`للرئيس`, `للكرملين`): the article's alef drops, and the span
        // starts after both lams, as annotators mark it (`للكرملين` → `كرملين`).
        out.push({ form: `${conj}ل${word.slice(1)}`, prefix: conj.length + 2, rank: clitics.length, clitics });
      } else {
        out.push({ form: clitics + word, prefix: clitics.length, rank: clitics.length, clitics });
      }
    }
  }
  return out;
}

/** The word with a leading conjunction removed (`وفي` → `في`), for checks on neighbouring words. */
export function withoutConjunction(word: string): string {
  return word.length > 2 && (word[0] === 'و' || word[0] === 'ف') ? word.slice(1) : word;
}
