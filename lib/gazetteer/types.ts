// Shapes of the gazetteer data: leaders with their offices over time, venues (cities and named
// sites), and the offices that titles (`الرئيس الصيني`, `نظيره الروسي`) point to.

export interface Bilingual {
  ar: string;
  en: string;
}

/** ISO day `YYYY-MM-DD`. */
export type IsoDay = string;

/**
 * What an office is, across countries: lets `نظيره الصيني` after Lavrov mean Wang Yi (the Chinese
 * foreign minister) and after Putin mean Xi (the Chinese head of state).
 */
export type OfficeType =
  | 'head-of-state'
  | 'head-of-government'
  | 'vice-president'
  | 'foreign-minister'
  | 'defence-minister'
  | 'finance-minister'
  | 'parliament-speaker'
  | 'upper-house-speaker'
  | 'security-council-secretary'
  | 'foreign-policy-aide'
  | 'spokesperson'
  | 'ambassador'
  | 'other';

export interface Office {
  id: string;
  /** ISO 3166-1 alpha-2, or `EU` / `UN` for offices of those organisations. */
  country: string;
  type: OfficeType;
  role: Bilingual;
  /** Arabic titles that name the holder of this office, as the press writes them. */
  titles?: string[];
}

export interface Role {
  /** Office id from `data/offices.ts`, when titles can point to it. */
  office?: string;
  role: Bilingual;
  from: IsoDay;
  /** Last day in office (inclusive), or null when still in office. */
  to: IsoDay | null;
  /** The dates are known only roughly (to the month); good enough to display, not to decide. */
  approximate?: boolean;
}

/**
 * A spelling that is ambiguous on its own (`شي`, `لولا`, `رئيسي`) and counts only with support:
 * `named` — the person is also named unambiguously somewhere in the text, or a title stands right
 * before it; `title` — only right after a title (`الرئيس البرازيلي لولا`).
 */
export interface ContextualSpelling {
  text: string;
  needs: 'named' | 'title';
}

export type Spelling = string | ContextualSpelling;

export interface Leader {
  id: string;
  wikidata?: string;
  name: Bilingual;
  /** Country the person serves (ISO alpha-2); `EU`/`UN` officials carry their organisation. */
  country: string;
  /** Most relevant first: `roleAt` returns the first role in force at a date. */
  roles: Role[];
  /** Full and partial names as the Arabic press writes them (normal Arabic; normalised at load). */
  spellings: Spelling[];
}

export type VenueKind = 'city' | 'site';

export interface Venue {
  id: string;
  wikidata?: string;
  name: Bilingual;
  kind: VenueKind;
  country: string;
  /** For a site, the city it is in (`kremlin` → `moscow`). */
  in?: string;
  spellings: string[];
  /** Descriptors that stand for the venue when its name is not given (`العاصمة الروسية`). */
  descriptors?: string[];
  /**
   * A seat that also names the institution (`أعلن الكرملين`): such mentions are `byTitle` unless
   * the text places something *in* it (`في الكرملين`, `بالكرملين`).
   */
  seat?: boolean;
  /**
   * Names that mean this site only in a text that names its city (`الاستاد الوطني` is Beijing's
   * National Stadium in a report from Beijing, and some other stadium anywhere else).
   */
  inCityOnly?: string[];
  /**
   * Names other cities' sites share, that mean this site only when its city follows right after
   * (`قصر الشعب ببكين`, `قصر الشعب في بكين`: the Great Hall in Maghrebi copy; `قصر الشعب` alone is
   * as often the palace in Damascus or Algiers). A city merely named elsewhere in the text is not
   * enough: a report from Damascus or Algiers may well name Beijing.
   */
  besideCityOnly?: string[];
  /**
   * Names that are also a country's or an everyday word (`الكويت`, `تونس`, `عمان` Amman/Oman,
   * `مشهد` a scene): the city only where the text treats it as one — after a city noun
   * (`مدينة الكويت`, `العاصمة تونس`), after its own descriptor (`العاصمة الأردنية عمان`), or as the
   * dateline opening a line (`الكويت - 5 - 5 (كونا)`, `تونس (وات)`). See `city-context.ts`.
   */
  asCityOnly?: string[];
}
