// The dashboard (a full tab): everything that does not fit the popup.

import { db } from '../../adapters/db';
import type { ArticleRecord } from '../../lib/db/schema';
import { useLiveQuery } from '../use-live-query';

export function Dashboard() {
  const articles = useLiveQuery(() => db.articles.orderBy('savedAt').reverse().toArray(), [], [] as ArticleRecord[]);
  return (
    <main style={{ maxWidth: '60rem', margin: '0 auto', padding: '1rem' }}>
      <h1>قمة — لوحة الملاحظات</h1>
      <h2>المقالات المحفوظة</h2>
      {articles.length === 0 ? (
        <p>لا مقالات محفوظة بعد.</p>
      ) : (
        <ul>
          {articles.map((a) => (
            <li key={a.id}>
              <a href={a.url} target="_blank" rel="noreferrer">
                {a.title}
              </a>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
