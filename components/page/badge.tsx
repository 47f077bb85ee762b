// The page indicator: this page covers a Russia–China meeting (which one, in a line), with a
// switch per kind of highlight and one for all. Dismissible; collapsible to its title.

import { KINDS } from '../../lib/page/highlights';
import type { BadgeModel, PageUiActions } from './store';
import { S } from './strings';

export function Badge({ badge, actions }: { badge: BadgeModel; actions: PageUiActions }) {
  return (
    <section class="badge" aria-label={S.badgeTitle} data-testid="badge">
      <div class="badge-head">
        <span class="badge-title">{S.badgeTitle}</span>
        <span>· {badge.meeting.title}</span>
        <button
          type="button"
          class="close"
          aria-expanded={!badge.collapsed}
          aria-label={badge.collapsed ? S.badgeExpand : S.badgeCollapse}
          onClick={() => actions.collapseBadge(!badge.collapsed)}
        >
          {badge.collapsed ? '▴' : '▾'}
        </button>
        <button
          type="button"
          class="close"
          aria-label={S.badgeDismiss}
          data-testid="badge-dismiss"
          onClick={actions.dismissBadge}
        >
          ×
        </button>
      </div>
      {!badge.collapsed && (
        <>
          {badge.meeting.line && (
            <p class="badge-line" data-testid="badge-meeting">
              {badge.meeting.line}
            </p>
          )}
          <div class="toggles">
            {KINDS.map((kind) => (
              <button
                type="button"
                key={kind}
                class="toggle"
                aria-pressed={badge.all && badge.kinds[kind]}
                disabled={!badge.all}
                data-testid={`toggle-${kind}`}
                onClick={() => actions.toggleKind(kind)}
              >
                <span class={`swatch swatch-${kind}`} aria-hidden="true" />
                {S.kinds[kind]} {badge.counts[kind]}
              </button>
            ))}
            <button type="button" class="btn" data-testid="toggle-all" onClick={actions.toggleAll}>
              {badge.all ? S.hideAll : S.showAll}
            </button>
          </div>
          {(badge.notesPlaced > 0 || badge.orphans > 0) && (
            <p class="badge-foot muted" data-testid="badge-notes">
              {badge.notesPlaced > 0 ? S.notesPlaced(badge.notesPlaced) : ''}
              {badge.orphans > 0 ? `${badge.notesPlaced > 0 ? ' · ' : ''}${S.orphans(badge.orphans)}` : ''}
            </p>
          )}
          <p class="badge-foot muted">{S.shortcuts}</p>
        </>
      )}
    </section>
  );
}
