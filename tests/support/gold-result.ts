// A gold annotation (tests/fixtures/*/NNN.gold.json, the format of the corpus README) turned into
// the extraction result a perfect extractor would report: the store's tests and the browser tests
// that fill the database use real articles with real answers, independent of how good the
// extractor is today.

import type { ExtractionResult, MeetingInfo, Mention } from '../../lib/extract/types';

export interface GoldMention {
  line: number;
  type: Mention['type'];
  text: string;
  id?: string;
  value?: string | number | null;
  unit?: string | null;
  /** A mention the scorer neither requires nor penalises (a title reference such as «نظيره الصيني»). */
  optional?: boolean;
}

export interface Gold {
  published: string | null;
  relevant: boolean;
  /** Story lines, 1-based and inclusive; the whole text when absent. */
  body?: Array<[number, number]>;
  meeting: {
    start: string | null;
    end: string | null;
    known: string | null;
    venue: string | null;
    kind: MeetingInfo['kind'];
    participants: string[];
  } | null;
  mentions: GoldMention[];
}

export interface GoldOptions {
  /** Optional mentions: left out, or kept and marked as found by title (what the extractor does). */
  optional?: 'skip' | 'byTitle';
}

/**
 * The result the gold describes: each mention located on its line, in order (two equal mentions on
 * one line are found one after the other). A mention not on its line is an error in the fixture.
 */
export function resultFromGold(text: string, gold: Gold, opts: GoldOptions = {}): ExtractionResult {
  const starts = lineStarts(text);
  const lineEnd = (line: number) => (starts[line] ?? text.length + 1) - 1;
  const cursor = new Map<number, number>();
  const mentions: Mention[] = [];
  for (const g of gold.mentions) {
    if (g.optional && opts.optional !== 'byTitle') continue;
    const from = cursor.get(g.line) ?? starts[g.line - 1] ?? 0;
    const at = text.indexOf(g.text, from);
    if (at < 0 || at + g.text.length > lineEnd(g.line))
      throw new Error(`gold mention «${g.text}» not on line ${g.line}`);
    cursor.set(g.line, at + g.text.length);
    const entity = g.type === 'leader' || g.type === 'venue';
    mentions.push({
      type: g.type,
      start: at,
      end: at + g.text.length,
      text: g.text,
      id: entity ? (g.id ?? null) : null,
      value: g.value ?? null,
      unit: g.unit ?? null,
      ...(g.optional ? { byTitle: true } : {}),
    });
  }
  mentions.sort((a, b) => a.start - b.start);
  const m = gold.meeting;
  return {
    version: 'gold',
    relevant: gold.relevant,
    score: gold.relevant ? 0.9 : 0.1,
    published: gold.published,
    meeting: m
      ? {
          start: m.start,
          end: m.end,
          venue: m.venue,
          kind: m.kind,
          participants: [...m.participants].sort(),
          announced: false,
          catalogueId: null,
          knownStart: m.known,
          title: null,
        }
      : null,
    mentions,
    body: gold.body
      ? gold.body.map(([a, b]) => [starts[a - 1] ?? 0, Math.max(0, lineEnd(b))] as [number, number])
      : [[0, text.length]],
  };
}

/** Start offset of every line (lines end at \n; a \r before it belongs to the line, as offsets count it). */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return starts;
}
