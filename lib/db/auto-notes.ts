// Automatic notes: what extraction finds worth keeping from an article without the reader asking —
// every sentence that states a figure (the trade volume, the number of agreements signed), and the
// lead sentence naming the leaders with the date or venue. Each carries the keys of every mention
// inside it, so a figure leads to every other sentence that states the same value.

import { describeQuote } from '../anchoring/describe-quote';
import type { TextQuote } from '../anchoring/types';
import type { MentionType } from '../extract/types';

/** A sentence longer than this is cut to a window around its figure. */
const MAX_QUOTE = 360;
const MAX_AUTO_NOTES = 24;

export interface KeyedMention {
  type: MentionType;
  start: number;
  end: number;
  key: string;
}

export interface AutoNoteDraft {
  start: number;
  end: number;
  quote: TextQuote;
  keys: string[];
  /** Why it was kept: it states a figure, or it is the lead. */
  reason: 'figure' | 'lead';
}

const isBreak = (text: string, i: number) => {
  const c = text[i];
  if (c === '\n' || c === '؟' || c === '?' || c === '!') return true;
  // A full stop ends a sentence only before white space: not inside 2.5 or an abbreviation like U.S.
  return c === '.' && (i + 1 >= text.length || /\s/.test(text[i + 1] as string));
};

/** The sentence around [start, end), trimmed, at most MAX_QUOTE long (centred on the span). */
export function sentenceAround(text: string, start: number, end: number): [number, number] {
  let from = start;
  while (from > 0 && !isBreak(text, from - 1) && start - from < MAX_QUOTE) from--;
  let to = end;
  while (to < text.length && !isBreak(text, to) && to - end < MAX_QUOTE) to++;
  if (to < text.length && isBreak(text, to) && text[to] !== '\n') to++;
  if (to - from > MAX_QUOTE) {
    const half = Math.max(0, Math.floor((MAX_QUOTE - (end - start)) / 2));
    from = Math.max(from, start - half);
    to = Math.min(to, end + half);
    // Whole words only.
    while (from < start && !/\s/.test(text[from - 1] ?? ' ')) from++;
    while (to > end && !/\s/.test(text[to] ?? ' ')) to--;
  }
  while (from < to && /\s/.test(text[from] as string)) from++;
  while (to > from && /\s/.test(text[to - 1] as string)) to--;
  return [from, to];
}

export function autoNoteDrafts(text: string, mentions: readonly KeyedMention[]): AutoNoteDraft[] {
  const drafts = new Map<string, AutoNoteDraft>();
  const add = (anchor: KeyedMention, reason: AutoNoteDraft['reason']) => {
    const [start, end] = sentenceAround(text, anchor.start, anchor.end);
    if (end <= start || drafts.has(`${start}-${end}`)) return;
    const keys = [...new Set(mentions.filter((m) => m.start >= start && m.end <= end).map((m) => m.key))];
    drafts.set(`${start}-${end}`, { start, end, quote: describeQuote(text, start, end), keys, reason });
  };
  // The lead is near the top: only the first few leader mentions are tried.
  const lead = mentions
    .filter((m) => m.type === 'leader')
    .slice(0, 12)
    .find((m) => {
      const [from, to] = sentenceAround(text, m.start, m.end);
      return mentions.some((o) => (o.type === 'date' || o.type === 'venue') && o.start >= from && o.end <= to);
    });
  if (lead) add(lead, 'lead');
  for (const m of mentions) {
    if (drafts.size >= MAX_AUTO_NOTES) break;
    if (m.type === 'figure') add(m, 'figure');
  }
  return [...drafts.values()].sort((a, b) => a.start - b.start);
}
