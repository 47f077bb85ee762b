// A meeting's page: what it was (date, venue, kind, participants, and the public record when the
// catalogue knows it), the articles that cover it, their figures side by side, who and what they
// mention, every note quoted with its source, and the reader's corrections (merge, split).

import { db } from '../../adapters/db';
import { type FigureRow, meetingFigures } from '../../lib/db/meeting-figures';
import type { ArticleRecord } from '../../lib/db/schema';
import { type MeetingDossier, meetingDossier } from '../../lib/db/xref';
import { roleAt } from '../../lib/gazetteer/lookup';
import { completeEnd } from '../../lib/i18n/format';
import { leaderName } from '../../lib/i18n/names';
import { useI18n } from '../shared/app-context';
import { entityLabel } from '../shared/entity-label';
import { meetingDate, meetingKind, meetingTitle, meetingVenue } from '../shared/meeting-text';
import { MetaLine } from '../shared/meta-line';
import { useLiveQuery } from '../use-live-query';
import { CatalogueFacts } from './catalogue-facts';
import { MergeSplit } from './merge-split';
import { NoteItem } from './note-item';
import { useUndo } from './undo';

export function MeetingPage({ id }: { id: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const dossier = useLiveQuery(() => meetingDossier(db, id), [id], undefined as MeetingDossier | null | undefined);
  const figures = useLiveQuery(() => meetingFigures(db, id), [id], [] as FigureRow[]);
  if (dossier === undefined) return <p class="muted">…</p>;
  if (dossier === null) {
    return (
      <section>
        <h1 tabIndex={-1}>{t('page.meeting')}</h1>
        <p>{t('page.notFound')}</p>
        <a href="#/">{t('nav.back')}</a>
      </section>
    );
  }
  const { meeting, articles, notes, keys } = dossier;
  const articleById = new Map(articles.map((a) => [a.id, a]));
  // Names as the articles wrote them, for people the gazetteer does not know.
  const labelOf = new Map(keys.map((k) => [k.key, k.label]));
  return (
    <article class="meeting-page" data-testid="meeting-page" data-meeting-id={meeting.id}>
      <p>
        <a href="#/">{t('nav.back')}</a>
      </p>
      <h1 tabIndex={-1}>{meetingTitle(meeting, i18n)}</h1>
      <dl class="facts">
        <div>
          <dt>{t('page.date')}</dt>
          <dd>
            <span>{meetingDate(meeting, i18n)}</span>{' '}
            {meeting.start ? (
              <span class="iso" dir="ltr">
                {meeting.end && meeting.end !== meeting.start
                  ? `${meeting.start} – ${completeEnd(meeting.start, meeting.end)}`
                  : meeting.start}
              </span>
            ) : null}
          </dd>
        </div>
        <div>
          <dt>{t('filter.venue')}</dt>
          <dd>
            {meeting.venue ? (
              <a href={`#/entity/venue:${meeting.venue}`}>{meetingVenue(meeting, i18n)}</a>
            ) : (
              meetingVenue(meeting, i18n)
            )}
          </dd>
        </div>
        <div>
          <dt>{t('filter.kind')}</dt>
          <dd>{meetingKind(meeting, i18n)}</dd>
        </div>
        <div>
          <dt>{t('meeting.participants')}</dt>
          <dd>
            <ul class="plain">
              {meeting.participants.map((p) => {
                const role = roleAt(p, meeting.start && !meeting.start.startsWith('--') ? meeting.start : null);
                return (
                  <li key={p}>
                    <a href={`#/entity/${encodeURIComponent(`leader:${p}`)}`}>
                      {leaderName(p, i18n.language, labelOf.get(`leader:${p}`))}
                    </a>
                    {role ? <span class="muted"> — {role[i18n.language]}</span> : null}
                  </li>
                );
              })}
            </ul>
          </dd>
        </div>
      </dl>

      <CatalogueFacts meeting={meeting} />

      <section aria-labelledby="articles-heading">
        <h2 id="articles-heading">
          {t('page.articles')} <span class="muted">({i18n.number(articles.length)})</span>
        </h2>
        <ol class="articles">
          {articles.map((a) => (
            <ArticleLine key={a.id} article={a} />
          ))}
        </ol>
      </section>

      <FiguresTable rows={figures} articles={articles} />

      {keys.length > 0 ? (
        <section aria-labelledby="entities-heading">
          <h2 id="entities-heading">{t('page.entities')}</h2>
          <ul class="chips">
            {keys.slice(0, 60).map((k) => (
              <li key={k.key}>
                <a class={`chip chip-${k.type}`} href={`#/entity/${encodeURIComponent(k.key)}`}>
                  {entityLabel(k.key, i18n, k.label)} <span class="count">{i18n.number(k.count)}</span>
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <NotesSection notes={notes} articleById={articleById} />

      <MergeSplit meeting={meeting} articles={articles} />
    </article>
  );
}

function ArticleLine({ article }: { article: ArticleRecord }) {
  const i18n = useI18n();
  return (
    <li data-testid="meeting-article">
      <a href={article.url} target="_blank" rel="noreferrer">
        {article.title}
      </a>
      <MetaLine items={[article.siteName, article.published && i18n.date(article.published)]} />
    </li>
  );
}

function FiguresTable({ rows, articles }: { rows: FigureRow[]; articles: ArticleRecord[] }) {
  const i18n = useI18n();
  const { t } = i18n;
  const columns = articles.filter((a) => rows.some((r) => r.byArticle.has(a.id)));
  return (
    <section aria-labelledby="figures-heading">
      <h2 id="figures-heading">{t('page.figures')}</h2>
      {rows.length === 0 ? (
        <p class="muted">{t('page.figuresNone')}</p>
      ) : (
        // A wide table scrolls on its own; keyboard users reach it with Tab to scroll it.
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be focusable
        <section class="table-scroll" tabIndex={0} aria-labelledby="figures-heading">
          <table class="figures" data-testid="figures-table">
            <thead>
              <tr>
                <th scope="col">{t('page.figure')}</th>
                {columns.map((a, i) => (
                  <th scope="col" key={a.id} title={a.title}>
                    {a.siteName ?? `${i + 1}`}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.slice(0, 40).map((r) => (
                <tr key={r.key}>
                  <th scope="row">
                    <a href={`#/entity/${encodeURIComponent(r.key)}`}>{i18n.figure(r.value, r.unit)}</a>
                  </th>
                  {columns.map((a) => (
                    <td key={a.id}>{r.byArticle.get(a.id)?.join(' / ') ?? '—'}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </section>
  );
}

function NotesSection({
  notes,
  articleById,
}: {
  notes: MeetingDossier['notes'];
  articleById: Map<string, ArticleRecord>;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const { hidden } = useUndo();
  const visible = notes.filter((n) => !hidden.has(n.id));
  return (
    <section aria-labelledby="notes-heading">
      <h2 id="notes-heading">
        {t('page.notes')} <span class="muted">({i18n.number(visible.length)})</span>
      </h2>
      {visible.length === 0 ? <p class="muted">{t('page.noNotes')}</p> : null}
      <div class="notes">
        {visible.map((n) => {
          const a = articleById.get(n.articleId);
          return (
            <NoteItem
              key={n.id}
              note={n}
              source={a ? { title: a.title, url: a.url, siteName: a.siteName, published: a.published } : null}
            />
          );
        })}
      </div>
    </section>
  );
}
