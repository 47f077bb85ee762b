// The third-person possessive suffixes of Arabic nouns (his/its, her/its, their two, their), as
// normalised text writes them, longest first so that stripping tries `هما` before `ها` and `ه`.
// Nouns take them in news copy (`زيارته`، `لقائهما`، `قرابة نصفه`، `أيامها`): recognisers that
// know a noun also know it with these.

export const THIRD_PERSON_POSSESSIVES: readonly string[] = ['هما', 'هم', 'ها', 'ه'];
