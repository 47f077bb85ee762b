// Names in Cyrillic and French inside Arabic copy. RT Arabic, Sputnik Arabic and the pages that
// take their wire keep a Kremlin quote or a TASS headline in Russian (`وقال بيسكوف: «Путин и Си
// Цзиньпин обсудили …»`, a hashtag `#Казань`), and Maghrebi and France 24 pages keep French
// (`à Pékin`, `Moscou`). The English names come from `name.en` (latin-names.ts); these are the
// other scripts' own spellings, only of the people and cities Russia–China coverage names.
//
// Cyrillic is matched as written (the normaliser folds no Cyrillic case): a capitalised name is
// a name (`путина`, the fishing season, is not `Путина`, Putin's). Russian inflects names, so
// the case forms a quote uses are listed (`Путина`, `Путину`, `в Пекине`, `в Казани`). A short
// word that is also a common word alone is left out: `Си` (the note, the language C) stands only
// in the full name, and `Ван И` not at all (`И` is "and").
// French: only words with no other reading in an Arabic page (`Pékin`, `Moscou`); `Poutine` is
// also a dish, but not in Arabic news copy, and it stands in a French sentence only.

/** Russian case forms of a name: nominative, genitive, dative, instrumental, prepositional. */
function cases(stem: string, endings: readonly string[]): string[] {
  return endings.map((e) => stem + e);
}
const MASCULINE = ['', 'а', 'у', 'ым', 'е'];
/** `Песков`, `Лавров`, `Мишустин` take `-ым` in the instrumental. */
const SURNAME = ['', 'а', 'у', 'ым'];

function withFirst(first: string, surnames: readonly string[]): string[] {
  return [...surnames.map((s) => `${first} ${s}`), ...surnames];
}

export const CYRILLIC_LEADERS: Record<string, string[]> = {
  putin: withFirst('Владимир', cases('Путин', MASCULINE)),
  // Only the full name: `Си` alone is a note and a language.
  xi: cases('Си Цзиньпин', ['', 'а', 'у', 'ом', 'е']),
  peskov: withFirst('Дмитрий', cases('Песков', SURNAME)),
  lavrov: withFirst('Сергей', cases('Лавров', SURNAME)),
  ushakov: withFirst('Юрий', cases('Ушаков', SURNAME)),
  mishustin: withFirst('Михаил', cases('Мишустин', SURNAME)),
  medvedev: withFirst('Дмитрий', cases('Медведев', SURNAME)),
  'li-qiang': ['Ли Цян'],
};

export const FRENCH_LEADERS: Record<string, string[]> = {
  putin: ['Vladimir Poutine', 'Poutine'],
};

export const CYRILLIC_CITIES: Record<string, string[]> = {
  moscow: ['Москва', 'Москвы', 'Москве', 'Москву', 'Москвой'],
  beijing: ['Пекин', 'Пекина', 'Пекину', 'Пекине', 'Пекином'],
  kazan: ['Казань', 'Казани', 'Казанью'],
};

export const FRENCH_CITIES: Record<string, string[]> = {
  moscow: ['Moscou'],
  beijing: ['Pékin'],
};

/** The other scripts' spellings of the leader or city `id` (none for most). */
export function otherScripts(id: string, kind: 'leader' | 'city'): string[] {
  const [cyrillic, french] = kind === 'leader' ? [CYRILLIC_LEADERS, FRENCH_LEADERS] : [CYRILLIC_CITIES, FRENCH_CITIES];
  return [...(cyrillic[id] ?? []), ...(french[id] ?? [])];
}
