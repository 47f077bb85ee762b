import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../lib/messages';

const result = {
  version: '1',
  relevant: true,
  score: 0.9,
  published: '2024-02-08',
  meeting: {
    start: '2024-02-08',
    end: null,
    venue: 'virtual',
    kind: 'phone-call',
    participants: ['putin', 'xi'],
    announced: false,
    catalogueId: null,
    knownStart: null,
    title: null,
  },
  mentions: [{ type: 'leader', start: 0, end: 5, text: 'بوتين', id: 'putin', value: null, unit: null }],
  body: [[0, 120]],
};
const page = { url: 'https://example.com/a', title: 'عنوان', siteName: null, lang: 'ar', text: 'بوتين …' };

describe('parseRequest', () => {
  it('accepts a well-formed message', () => {
    const r = parseRequest({ type: 'page:extracted', page, result });
    expect(r.ok).toBe(true);
  });

  it('refuses an unknown message type, naming it', () => {
    const r = parseRequest({ type: 'db:drop-everything' });
    expect(r).toMatchObject({ ok: false });
    if (!r.ok) expect(r.reason).toContain('db:drop-everything');
  });

  it('refuses non-objects and missing types', () => {
    for (const raw of [null, undefined, 42, 'page:extracted', [], {}]) expect(parseRequest(raw).ok).toBe(false);
  });

  it('says which field is wrong', () => {
    const bad = { type: 'page:extracted', page, result: { ...result, published: '8 Feb 2024' } };
    const r = parseRequest(bad);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toContain('result.published');
  });

  it('refuses out-of-range offsets, unknown kinds and non-http URLs', () => {
    const negative = { ...result, mentions: [{ ...result.mentions[0], start: -1 }] };
    expect(parseRequest({ type: 'page:extracted', page, result: negative }).ok).toBe(false);
    const kind = { ...result, meeting: { ...result.meeting, kind: 'telepathy' } };
    expect(parseRequest({ type: 'page:extracted', page, result: kind }).ok).toBe(false);
    expect(parseRequest({ type: 'page:extracted', page: { ...page, url: 'not a url' }, result }).ok).toBe(false);
  });

  it('accepts a tab status question for a tab or for the last reporting tab', () => {
    expect(parseRequest({ type: 'tab:status', tabId: 3 }).ok).toBe(true);
    expect(parseRequest({ type: 'tab:status', tabId: null }).ok).toBe(true);
    expect(parseRequest({ type: 'tab:status', tabId: 1.5 }).ok).toBe(false);
  });
});
