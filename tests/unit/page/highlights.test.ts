// @vitest-environment jsdom
// The registry against a stand-in for the CSS Custom Highlight API (jsdom has none): the browser
// tests check the real one.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Mention, MentionType } from '../../../lib/extract/types';
import { HIGHLIGHT_NAMES, HighlightRegistry, type Painted } from '../../../lib/page/highlights';

class FakeHighlight extends Set<Range> {
  priority = 0;
}

let registry: Map<string, FakeHighlight>;

beforeEach(() => {
  registry = new Map();
  Object.assign(globalThis, { Highlight: FakeHighlight, CSS: { highlights: registry } });
});
afterEach(() => {
  Reflect.deleteProperty(globalThis, 'Highlight');
  Reflect.deleteProperty(globalThis, 'CSS');
});

function painted(type: MentionType, word: string): Painted {
  document.body.textContent = word;
  const range = document.createRange();
  range.selectNodeContents(document.body);
  const mention: Mention = { type, start: 0, end: word.length, text: word, id: null, value: null, unit: null };
  return { mention, range };
}

const sizes = () => Object.fromEntries([...registry].map(([name, h]) => [name, h.size]));

describe('HighlightRegistry', () => {
  it('registers one highlight per kind, only for kinds that have ranges', () => {
    const r = new HighlightRegistry();
    r.show([painted('leader', 'بوتين'), painted('leader', 'شي'), painted('date', 'أمس')]);
    expect(sizes()).toEqual({ 'qimma-leader': 2, 'qimma-date': 1 });
    expect(registry.get('qimma-leader')?.priority).toBeGreaterThan(registry.get('qimma-date')?.priority ?? 99);
  });

  it('switches kinds and everything off and on', () => {
    const r = new HighlightRegistry();
    const entries = [painted('leader', 'بوتين'), painted('venue', 'بكين')];
    r.show(entries);
    r.setKind('venue', false);
    expect(sizes()).toEqual({ 'qimma-leader': 1 });
    expect(r.visibleEntries()).toEqual([entries[0]]);
    r.setAll(false);
    expect(sizes()).toEqual({});
    expect(r.visibleEntries()).toEqual([]);
    r.setAll(true);
    r.setKind('venue', true);
    expect(sizes()).toEqual({ 'qimma-leader': 1, 'qimma-venue': 1 });
  });

  it('puts its highlights back when the page clears or replaces the registry', () => {
    const r = new HighlightRegistry();
    r.show([painted('figure', '40 مرة')]);
    expect(r.sync()).toBe(false);
    registry.clear();
    expect(r.sync()).toBe(true);
    expect(sizes()).toEqual({ 'qimma-figure': 1 });
    registry.set(HIGHLIGHT_NAMES.figure, new FakeHighlight());
    expect(r.sync()).toBe(true);
    expect(sizes()).toEqual({ 'qimma-figure': 1 });
  });

  it('drops a single mention and marks keyboard focus apart', () => {
    const r = new HighlightRegistry();
    const [a, b] = [painted('leader', 'بوتين'), painted('leader', 'شي')];
    r.show([a as Painted, b as Painted]);
    r.focus(b as Painted);
    expect(sizes()).toMatchObject({ 'qimma-leader': 2, 'qimma-focus': 1 });
    r.drop(b as Painted);
    expect(sizes()).toEqual({ 'qimma-leader': 1 });
    expect(r.entries).toEqual([a]);
    r.clear();
    expect(sizes()).toEqual({});
  });
});
