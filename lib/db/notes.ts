// The reader's own notes: a passage of an article (W3C TextQuote + TextPosition selectors), a
// comment and tags. Adding a note saves the article if it was not saved; the note is linked to the
// article, its meeting and every entity and figure mentioned in the passage.

import type { NoteSelector, PageNote } from '../messages';
import { canonicalUrl, hostOf } from '../url/canonical-url';
import { articleDate, refsOfNote } from './article-index';
import { guarded, StoreError } from './errors';
import { newId } from './ids';
import { keysWithin } from './note-keys';
import { replaceRefs } from './ref-index';
import type { ArticleRecord, NoteRecord, QimmaDB } from './schema';
import { searchWords } from './search-words';
import { inWriteTransaction } from './tables';

export interface NewNote {
  page: { url: string; title: string };
  selector: NoteSelector;
  comment: string;
  tags?: string[];
}

export async function addNote(
  db: QimmaDB,
  note: NewNote,
  now = Date.now(),
): Promise<{ noteId: string; articleId: string }> {
  const url = canonicalUrl(note.page.url);
  if (!url) throw new StoreError('invalid', 'Notes can be kept only on http(s) pages.');
  const { quote, position } = note.selector;
  if (position.end <= position.start) throw new StoreError('invalid', 'The selected passage is empty.');
  return guarded('add the note', () =>
    inWriteTransaction(db, async () => {
      const article =
        (await db.articles.where('url').equals(url).first()) ??
        (await createBareArticle(db, url, note.page.title, now));
      const existing = await db.notes
        .where('articleId')
        .equals(article.id)
        .filter(
          (n) =>
            n.origin === 'reader' && n.start === position.start && n.end === position.end && n.quote === quote.exact,
        )
        .first();
      // The same passage noted twice (a double click, a retried message) is one note: update it.
      const tags = normaliseTags(note.tags ?? existing?.tags ?? []);
      const mentions = await db.mentions.where('articleId').equals(article.id).toArray();
      const record: NoteRecord = {
        id: existing?.id ?? newId(),
        articleId: article.id,
        meetingId: article.meetingId,
        origin: 'reader',
        quote: quote.exact,
        prefix: quote.prefix,
        suffix: quote.suffix,
        start: position.start,
        end: position.end,
        comment: note.comment,
        tags,
        keys: keysWithin(mentions, position.start, position.end),
        createdAt: existing?.createdAt ?? now,
        updatedAt: now,
        words: searchWords(quote.exact, note.comment, ...tags),
      };
      await db.notes.put(record);
      await writeNoteRefs(db, record, article);
      return { noteId: record.id, articleId: article.id };
    }),
  );
}

/** An article known only by address and title: the page was not recognised, the reader noted it anyway. */
async function createBareArticle(db: QimmaDB, url: string, title: string, now: number): Promise<ArticleRecord> {
  const record: ArticleRecord = {
    id: newId(),
    url,
    title,
    siteName: null,
    lang: null,
    published: null,
    relevant: false,
    score: 0,
    meetingId: null,
    extractorVersion: '',
    fingerprint: '',
    savedAt: now,
    updatedAt: now,
    host: hostOf(url),
    saveMode: 'manual',
    meetingInfo: null,
    meetingLocked: false,
    words: searchWords(title),
    lastSeenAt: now,
    textLength: 0,
  };
  await db.articles.add(record);
  return record;
}

async function writeNoteRefs(db: QimmaDB, note: NoteRecord, article: ArticleRecord): Promise<void> {
  const meeting = article.meetingId ? await db.meetings.get(article.meetingId) : undefined;
  const old = await db.refs.where('itemId').equals(note.id).toArray();
  await replaceRefs(db, old, refsOfNote(note, articleDate(article, meeting?.start ?? null)));
}

export async function updateNote(
  db: QimmaDB,
  noteId: string,
  change: { comment?: string; tags?: string[] },
  now = Date.now(),
): Promise<void> {
  await guarded('update the note', () =>
    inWriteTransaction(db, async () => {
      const note = await db.notes.get(noteId);
      if (!note) throw new StoreError('not-found', `No note ${noteId}.`);
      const comment = change.comment ?? note.comment;
      const tags = change.tags ? normaliseTags(change.tags) : note.tags;
      await db.notes.put({ ...note, comment, tags, updatedAt: now, words: searchWords(note.quote, comment, ...tags) });
    }),
  );
}

export async function deleteNote(db: QimmaDB, noteId: string): Promise<boolean> {
  return guarded('delete the note', () =>
    inWriteTransaction(db, async () => {
      if (!(await db.notes.get(noteId))) return false;
      await db.notes.delete(noteId);
      await replaceRefs(db, await db.refs.where('itemId').equals(noteId).toArray(), []);
      return true;
    }),
  );
}

/** The notes of the article at this address, in text order, with their selectors for re-anchoring. */
export async function notesForPage(db: QimmaDB, rawUrl: string): Promise<PageNote[]> {
  const url = canonicalUrl(rawUrl);
  if (!url) return [];
  const article = await db.articles.where('url').equals(url).first();
  if (!article) return [];
  const notes = await db.notes.where('articleId').equals(article.id).toArray();
  return notes.sort((a, b) => a.start - b.start || a.end - b.end).map(toPageNote);
}

export function toPageNote(n: NoteRecord): PageNote {
  return {
    id: n.id,
    origin: n.origin,
    selector: selectorOf(n),
    comment: n.comment,
    tags: n.tags,
    createdAt: n.createdAt,
    updatedAt: n.updatedAt,
  };
}

/** Where a stored note stands, as pages, anchoring and exports describe it (quote and position). */
export function selectorOf(n: NoteRecord): NoteSelector {
  return {
    quote: { exact: n.quote, prefix: n.prefix, suffix: n.suffix },
    position: { start: n.start, end: n.end },
  };
}

/** An article's notes of one origin, as a collection to read or delete. */
export function notesOf(db: QimmaDB, articleId: string, origin: NoteRecord['origin']) {
  return db.notes
    .where('articleId')
    .equals(articleId)
    .filter((n) => n.origin === origin);
}

/** Tags trimmed, without duplicates, in the order given. */
function normaliseTags(tags: readonly string[]): string[] {
  return [...new Set(tags.map((t) => t.trim()).filter((t) => t.length > 0))];
}
