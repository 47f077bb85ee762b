// The corpus scoring rules (tests/fixtures/CORPUS-FORMAT.md), ported faithfully from the reference
// scorer so the suite can judge the extractor without leaving the repository:
// - a system mention matches a gold mention on the same line, of the same type, when either text
//   contains the other; each gold mention is matched at most once, in text order;
// - system mentions on lines outside the gold `body` are ignored; matching an optional gold
//   mention counts neither way; unmatched optional gold mentions cost nothing;
// - values are scored on matched dates (exact string) and figures (within 0.5 %);
// - meeting fields one by one: start (gold start or known), venue, kind, participants (as a set).

export const TYPES = ['leader', 'venue', 'date', 'figure'] as const;
export type ScoredType = (typeof TYPES)[number];

export interface GoldMention {
  line: number;
  type: string;
  id?: string | null;
  text: string;
  value?: string | number | null;
  unit?: string | null;
  optional?: boolean;
}

export interface Gold {
  text: string;
  published: string | null;
  relevant: boolean;
  body: Array<[number, number]>;
  meeting: {
    start: string | null;
    end: string | null;
    known: string | null;
    venue: string | null;
    kind: string | null;
    participants: string[];
  } | null;
  mentions: GoldMention[];
}

export interface SystemOutput {
  relevant?: boolean;
  published?: string | null;
  meeting?: { start?: string | null; venue?: string | null; kind?: string | null; participants?: string[] } | null;
  mentions?: Array<{ type: string; id?: string | null; start: number; end: number; text?: string; value?: unknown }>;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface ArticleScore {
  name: string;
  counts: Record<ScoredType, Counts>;
  values: { ok: number; n: number };
  ids: { ok: number; n: number };
  misses: string[];
  extras: string[];
  valueErrors: string[];
  meeting: { start: boolean; venue: boolean; kind: boolean; participants: boolean } | null;
  relevant: { gold: boolean; sys: boolean };
  published: { gold: string | null; sys: string | null };
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function inBody(body: Array<[number, number]>, line: number): boolean {
  return body.some(([a, b]) => line >= a && line <= b);
}

function overlaps(a: string | undefined, b: string | undefined): boolean {
  const x = (a ?? '').trim();
  const y = (b ?? '').trim();
  return x.length > 0 && y.length > 0 && (x.includes(y) || y.includes(x));
}

function sameValue(type: string, gold: unknown, sys: unknown): boolean {
  if (type === 'date') return (gold ?? null) === (sys ?? null);
  if (gold === null || gold === undefined) return sys === null || sys === undefined;
  if (typeof sys !== 'number' || typeof gold !== 'number') return false;
  if (gold === 0) return sys === 0;
  return Math.abs(sys - gold) / Math.abs(gold) <= 0.005;
}

const isType = (t: string): t is ScoredType => (TYPES as readonly string[]).includes(t);

export function scoreArticle(name: string, gold: Gold, text: string, out: SystemOutput | null): ArticleScore {
  const counts = Object.fromEntries(TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }])) as Record<ScoredType, Counts>;
  const res: ArticleScore = {
    name,
    counts,
    values: { ok: 0, n: 0 },
    ids: { ok: 0, n: 0 },
    misses: [],
    extras: [],
    valueErrors: [],
    meeting: null,
    relevant: { gold: !!gold.relevant, sys: !!out?.relevant },
    published: { gold: gold.published ?? null, sys: out?.published ?? null },
  };
  const goldMentions = (gold.mentions ?? []).filter((m) => isType(m.type));
  const used = new Array<boolean>(goldMentions.length).fill(false);
  const sysMentions = (out?.mentions ?? [])
    .filter((m) => isType(m.type) && Number.isInteger(m.start))
    .map((m) => ({ ...m, line: lineOf(text, m.start), text: m.text ?? text.slice(m.start, m.end) }))
    .filter((m) => inBody(gold.body ?? [], m.line))
    .sort((a, b) => a.start - b.start);

  for (const s of sysMentions) {
    const type = s.type as ScoredType;
    const find = (optional: boolean) =>
      goldMentions.findIndex(
        (g, i) =>
          !used[i] && !!g.optional === optional && g.line === s.line && g.type === s.type && overlaps(g.text, s.text),
      );
    const i = find(false);
    if (i >= 0) {
      used[i] = true;
      const g = goldMentions[i] as GoldMention;
      counts[type].tp++;
      if (type === 'date' || type === 'figure') {
        res.values.n++;
        if (sameValue(type, g.value, s.value)) res.values.ok++;
        else
          res.valueErrors.push(`${g.type} «${g.text}» gold=${JSON.stringify(g.value)} got=${JSON.stringify(s.value)}`);
      } else {
        res.ids.n++;
        if (g.id === s.id) res.ids.ok++;
        else res.valueErrors.push(`${g.type} «${g.text}» gold id=${g.id} got=${s.id}`);
      }
      continue;
    }
    const j = find(true);
    if (j >= 0) {
      used[j] = true;
      continue;
    }
    counts[type].fp++;
    res.extras.push(`${s.type} «${s.text}» line ${s.line}`);
  }
  goldMentions.forEach((g, i) => {
    if (!used[i] && !g.optional) {
      counts[g.type as ScoredType].fn++;
      res.misses.push(`${g.type} «${g.text}» line ${g.line}`);
    }
  });

  const gm = gold.meeting;
  const sm = out?.meeting ?? null;
  if (gm) {
    const participants = new Set(sm?.participants ?? []);
    res.meeting = {
      start: !!sm && (sm.start === gm.start || (gm.known != null && sm.start === gm.known)),
      venue: !!sm && sm.venue === gm.venue,
      kind: !!sm && sm.kind === gm.kind,
      participants:
        !!sm && participants.size === gm.participants.length && gm.participants.every((p) => participants.has(p)),
    };
  }
  return res;
}

export interface Prf {
  p: number;
  r: number;
  f: number;
}

export function prf({ tp, fp, fn }: Counts): Prf {
  const p = tp + fp ? tp / (tp + fp) : 1;
  const r = tp + fn ? tp / (tp + fn) : 1;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  return { p, r, f };
}

export interface Summary {
  articles: number;
  types: Record<ScoredType, Counts & Prf>;
  micro: Counts & Prf;
  valueAccuracy: number | null;
  idAccuracy: number | null;
  meeting: { start: number; venue: number; kind: number; participants: number; n: number } | null;
  relevance: { tp: number; fp: number; fn: number; tn: number; accuracy: number };
  publishedAccuracy: number | null;
}

export function summarise(articles: readonly ArticleScore[]): Summary {
  const total = Object.fromEntries(TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }])) as Record<ScoredType, Counts>;
  const values = { ok: 0, n: 0 };
  const ids = { ok: 0, n: 0 };
  const meeting = { start: 0, venue: 0, kind: 0, participants: 0, n: 0 };
  const relevance = { tp: 0, fp: 0, fn: 0, tn: 0 };
  let publishedOk = 0;
  for (const a of articles) {
    for (const t of TYPES) for (const k of ['tp', 'fp', 'fn'] as const) total[t][k] += a.counts[t][k];
    values.ok += a.values.ok;
    values.n += a.values.n;
    ids.ok += a.ids.ok;
    ids.n += a.ids.n;
    if (a.meeting) {
      meeting.n++;
      for (const k of ['start', 'venue', 'kind', 'participants'] as const) meeting[k] += a.meeting[k] ? 1 : 0;
    }
    const key = a.relevant.gold ? (a.relevant.sys ? 'tp' : 'fn') : a.relevant.sys ? 'fp' : 'tn';
    relevance[key]++;
    if (a.published.gold === a.published.sys) publishedOk++;
  }
  const all = TYPES.reduce(
    (acc, t) => ({ tp: acc.tp + total[t].tp, fp: acc.fp + total[t].fp, fn: acc.fn + total[t].fn }),
    { tp: 0, fp: 0, fn: 0 },
  );
  const n = meeting.n;
  return {
    articles: articles.length,
    types: Object.fromEntries(TYPES.map((t) => [t, { ...total[t], ...prf(total[t]) }])) as Summary['types'],
    micro: { ...all, ...prf(all) },
    valueAccuracy: values.n ? values.ok / values.n : null,
    idAccuracy: ids.n ? ids.ok / ids.n : null,
    meeting: n
      ? {
          start: meeting.start / n,
          venue: meeting.venue / n,
          kind: meeting.kind / n,
          participants: meeting.participants / n,
          n,
        }
      : null,
    relevance: { ...relevance, accuracy: (relevance.tp + relevance.tn) / Math.max(1, articles.length) },
    publishedAccuracy: articles.length ? publishedOk / articles.length : null,
  };
}

/** The per-article misses and the per-type table, as the reference scorer prints them. */
export function report(articles: readonly ArticleScore[], s: Summary): string {
  const pct = (x: number | null | undefined) =>
    x === null || x === undefined ? '  n/a' : (100 * x).toFixed(1).padStart(5);
  const out: string[] = [];
  for (const a of articles) {
    const bad = a.meeting ? Object.entries(a.meeting).filter(([, ok]) => !ok) : [];
    const wrong =
      a.misses.length + a.extras.length + a.valueErrors.length + bad.length > 0 ||
      a.relevant.gold !== a.relevant.sys ||
      a.published.gold !== a.published.sys;
    if (!wrong) continue;
    out.push(a.name);
    for (const m of a.misses) out.push(`   missed  ${m}`);
    for (const m of a.extras) out.push(`   extra   ${m}`);
    for (const m of a.valueErrors) out.push(`   value   ${m}`);
    if (bad.length) out.push(`   meeting wrong: ${bad.map(([k]) => k).join(', ')}`);
    if (a.relevant.gold !== a.relevant.sys) out.push(`   relevance wrong: gold=${a.relevant.gold}`);
    if (a.published.gold !== a.published.sys) out.push(`   published gold=${a.published.gold} got=${a.published.sys}`);
  }
  out.push('', 'type      P      R      F1     (tp/fp/fn)');
  for (const t of TYPES) {
    const x = s.types[t];
    out.push(`${t.padEnd(8)} ${pct(x.p)}  ${pct(x.r)}  ${pct(x.f)}   (${x.tp}/${x.fp}/${x.fn})`);
  }
  const m = s.micro;
  out.push(`all      ${pct(m.p)}  ${pct(m.r)}  ${pct(m.f)}   (${m.tp}/${m.fp}/${m.fn})`);
  out.push(`values ${pct(s.valueAccuracy)}   ids ${pct(s.idAccuracy)}   published ${pct(s.publishedAccuracy)}`);
  if (s.meeting) {
    const x = s.meeting;
    out.push(
      `meeting: start ${pct(x.start)}  venue ${pct(x.venue)}  kind ${pct(x.kind)}  participants ${pct(x.participants)}`,
    );
  }
  const r = s.relevance;
  out.push(`relevance: accuracy ${pct(r.accuracy)} (tp ${r.tp} fp ${r.fp} fn ${r.fn} tn ${r.tn})`);
  return out.join('\n');
}
