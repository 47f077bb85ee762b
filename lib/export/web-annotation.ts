// Export of the notes as a W3C Web Annotation AnnotationCollection (JSON-LD,
// https://www.w3.org/TR/annotation-model/): each note is an Annotation whose target is the article
// with a TextQuoteSelector and a TextPositionSelector, language Arabic, direction right-to-left;
// its bodies are the reader's comment, the tags, and one `identifying` body per leader or venue it
// mentions — the entity's Wikidata IRI when the gazetteer knows it. Streamed like the JSON export.

import type { ArticleRecord, NoteRecord, QimmaDB } from '../db/schema';
import { leaderById, venueById } from '../gazetteer/lookup';
import { consistentBlob } from './consistent-blob';
import { pagesOf } from './pages';

const CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
const WIKIDATA = 'http://www.wikidata.org/entity/';

export interface WebAnnotationOptions {
  now?: number;
  /** Leave out the automatic notes (only the reader's own). */
  readerOnly?: boolean;
  /** Wikidata id (`Q7747`) of a `leader:` or `venue:` key; the gazetteer's by default. */
  wikidataOf?: (key: string) => string | null;
}

export function gazetteerWikidata(key: string): string | null {
  const [type, id] = [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)];
  if (type === 'leader') return leaderById(id)?.wikidata ?? null;
  if (type === 'venue') return venueById(id)?.wikidata ?? null;
  return null;
}

const ARABIC = /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/;

/** Language and direction of a text the reader wrote (a comment may be in English). */
function textLanguage(text: string): { language?: string; textDirection: 'rtl' | 'ltr' } {
  return ARABIC.test(text) ? { language: 'ar', textDirection: 'rtl' } : { textDirection: 'ltr' };
}

/** Right-to-left scripts among the languages a Qimma reader might save a page in. */
const RTL = new Set(['ar', 'fa', 'ur', 'he', 'ps', 'ku', 'ckb', 'yi', 'dv']);

/** The article's language (Arabic unless the page said otherwise) and its direction. */
function targetLanguage(lang: string | null): { language: string; textDirection: 'rtl' | 'ltr' } {
  const primary = (lang ?? 'ar').toLowerCase().split('-')[0] || 'ar';
  return { language: primary, textDirection: RTL.has(primary) ? 'rtl' : 'ltr' };
}

export function toAnnotation(
  note: NoteRecord,
  article: Pick<ArticleRecord, 'url' | 'title' | 'lang'>,
  wikidataOf: (key: string) => string | null,
): Record<string, unknown> {
  const body: Array<Record<string, unknown>> = [];
  if (note.comment.trim()) {
    body.push({
      type: 'TextualBody',
      purpose: 'commenting',
      value: note.comment,
      format: 'text/plain',
      ...textLanguage(note.comment),
    });
  }
  for (const tag of note.tags) body.push({ type: 'TextualBody', purpose: 'tagging', value: tag, ...textLanguage(tag) });
  for (const key of note.keys) {
    const q = wikidataOf(key);
    body.push(
      q
        ? { type: 'SpecificResource', purpose: 'identifying', source: `${WIKIDATA}${q}`, label: key }
        : { type: 'TextualBody', purpose: 'classifying', value: key, format: 'text/plain' },
    );
  }
  return {
    '@context': CONTEXT,
    id: `urn:uuid:${uuidOf(note.id)}`,
    type: 'Annotation',
    motivation: note.comment.trim() ? 'commenting' : 'highlighting',
    created: new Date(note.createdAt).toISOString(),
    modified: new Date(note.updatedAt).toISOString(),
    generator: { type: 'Software', name: 'Qimma' },
    ...(body.length > 0 ? { body } : {}),
    target: {
      source: article.url,
      ...targetLanguage(article.lang),
      selector: [
        { type: 'TextQuoteSelector', exact: note.quote, prefix: note.prefix, suffix: note.suffix },
        { type: 'TextPositionSelector', start: note.start, end: note.end },
      ],
    },
  };
}

/** A UUID for every note id: reader notes already have one; automatic ones get a stable name-based one. */
function uuidOf(id: string): string {
  if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) return id.toLowerCase();
  // FNV-1a over the id, four rounds with different seeds: not cryptographic, only stable and spread.
  const hex = [0x811c9dc5, 0x01000193, 0x9e3779b9, 0x7f4a7c15]
    .map((seed) => {
      let h = seed;
      for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
      return (h >>> 0).toString(16).padStart(8, '0');
    })
    .join('');
  // Version 8 (custom) and the RFC 9562 variant bits, so the result is a well-formed UUID.
  const variant = ((Number.parseInt(hex[16] as string, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export async function* webAnnotationChunks(db: QimmaDB, options: WebAnnotationOptions = {}): AsyncGenerator<string> {
  const wikidataOf = options.wikidataOf ?? gazetteerWikidata;
  const keep = (n: NoteRecord) => !options.readerOnly || n.origin === 'reader';
  const total = options.readerOnly ? await db.notes.where('origin').equals('reader').count() : await db.notes.count();
  const now = new Date(options.now ?? Date.now()).toISOString();
  yield `${JSON.stringify({
    '@context': CONTEXT,
    id: `urn:qimma:export:${now}`,
    type: 'AnnotationCollection',
    label: 'Qimma — notes on Russia–China summits in the Arabic press',
    total,
    generated: now,
  }).slice(0, -1)},\n"first":{"type":"AnnotationPage","startIndex":0,"items":[`;
  let first = true;
  const articles = new Map<string, ArticleRecord | undefined>();
  for await (const page of pagesOf(db.notes, (n) => n.id)) {
    const notes = page.filter(keep);
    const missing = [...new Set(notes.map((n) => n.articleId))].filter((id) => !articles.has(id));
    const found = await db.articles.bulkGet(missing);
    for (const [i, id] of missing.entries()) articles.set(id, found[i]);
    const lines = notes.flatMap((n) => {
      const a = articles.get(n.articleId);
      return a ? [JSON.stringify(toAnnotation(n, a, wikidataOf))] : [];
    });
    if (lines.length === 0) continue;
    yield `${first ? '\n' : ',\n'}${lines.join(',\n')}`;
    first = false;
    // The article cache only needs the articles of nearby pages (notes are in id order, not by article).
    if (articles.size > 5_000) articles.clear();
  }
  yield `${first ? '' : '\n'}]}}\n`;
}

export function exportWebAnnotationBlob(db: QimmaDB, options: WebAnnotationOptions = {}): Promise<Blob> {
  return consistentBlob(db, () => webAnnotationChunks(db, options), 'application/ld+json');
}
