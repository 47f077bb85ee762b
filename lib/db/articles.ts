// Removing an article by the reader's wish: with its mentions, notes and index rows; its meeting
// is brought back in line with the articles left (or removed with the last of them).

import { guarded } from './errors';
import { refreshMeeting } from './meetings';
import { replaceRefs } from './ref-index';
import type { QimmaDB } from './schema';
import { inWriteTransaction } from './tables';

export async function deleteArticle(db: QimmaDB, articleId: string, now = Date.now()): Promise<boolean> {
  return guarded('delete the article', () =>
    inWriteTransaction(db, async () => {
      const article = await db.articles.get(articleId);
      if (!article) return false;
      await db.mentions.where('articleId').equals(articleId).delete();
      await db.notes.where('articleId').equals(articleId).delete();
      await replaceRefs(db, await db.refs.where('articleId').equals(articleId).toArray(), []);
      await db.articles.delete(articleId);
      if (article.meetingId) await refreshMeeting(db, article.meetingId, now);
      return true;
    }),
  );
}

/** Empties every table (the settings too): the reader starts again, or a test does. */
export async function clearStore(db: QimmaDB): Promise<void> {
  await guarded('empty the store', () =>
    inWriteTransaction(db, async () => {
      await Promise.all([
        db.articles.clear(),
        db.meetings.clear(),
        db.mentions.clear(),
        db.notes.clear(),
        db.refs.clear(),
        db.entities.clear(),
        db.settings.clear(),
      ]);
    }),
  );
}
