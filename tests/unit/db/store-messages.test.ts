// The store's messages are validated before any handler runs: well-formed ones pass, and each
// malformed one is refused naming the field.

import { describe, expect, it } from 'vitest';
import { parseContentRequest, parseRequest } from '../../../lib/messages';

const selector = { quote: { exact: 'بوتين', prefix: 'الرئيس ', suffix: ' في' }, position: { start: 10, end: 15 } };

function refused(raw: unknown, field: RegExp) {
  const r = parseRequest(raw);
  expect(r.ok).toBe(false);
  if (!r.ok) expect(r.reason).toMatch(field);
}

describe('store messages', () => {
  it('accepts well-formed requests', () => {
    const good = [
      {
        type: 'xref:query',
        keys: ['leader:putin', 'figure:227000000000 USD'],
        excludeUrl: 'https://a.example/x',
        limit: 5,
      },
      {
        type: 'note:add',
        page: { url: 'https://a.example/x', title: 'عنوان' },
        selector,
        comment: 'تعليق',
        tags: ['تجارة'],
      },
      { type: 'note:update', noteId: 'auto:0b6e4f2a-1111-4222-8333-944445555666:10-40', comment: 'x' },
      { type: 'note:delete', noteId: '0b6e4f2a-1111-4222-8333-944445555666' },
      { type: 'notes:for-page', url: 'https://a.example/x?utm_source=y' },
      { type: 'settings:get' },
      {
        type: 'settings:set',
        patch: { autoSave: false, sites: { 'www.rt.com': { autoSave: true }, 'x.example': null } },
      },
      { type: 'meetings:merge', targetId: 'm1', sourceIds: ['m2', 'm3'] },
      { type: 'meetings:split', meetingId: 'm1', articleIds: ['a1'] },
      { type: 'article:move', articleId: 'a1', meetingId: null },
      { type: 'article:delete', articleId: 'a1' },
    ];
    for (const m of good) expect(parseRequest(m), m.type).toMatchObject({ ok: true });
    expect(
      parseRequest({
        type: 'page:extracted',
        save: 'manual',
        page: { url: 'https://a.example', title: '', siteName: null, lang: null, text: '' },
        result: { version: '1', relevant: false, score: 0, published: null, meeting: null, mentions: [], body: [] },
      }).ok,
    ).toBe(true);
  });

  it('refuses malformed ones, naming the field', () => {
    refused({ type: 'xref:query', keys: [] }, /keys/);
    refused({ type: 'xref:query', keys: Array.from({ length: 201 }, (_, i) => `leader:x${i}`) }, /keys/);
    refused({ type: 'xref:query', keys: ['putin'] }, /keys\.0: expected a key/);
    refused({ type: 'xref:query', keys: ['leader:putin'], excludeUrl: 'file:///etc/passwd' }, /excludeUrl/);
    refused({ type: 'note:add', page: { url: 'javascript:alert(1)', title: '' }, selector, comment: '' }, /page\.url/);
    refused(
      {
        type: 'note:add',
        page: { url: 'https://a.example', title: '' },
        selector: { ...selector, position: { start: 9, end: 3 } },
        comment: '',
      },
      /position/,
    );
    refused(
      { type: 'note:add', page: { url: 'https://a.example', title: '' }, selector, comment: 'x'.repeat(20_001) },
      /comment/,
    );
    refused(
      { type: 'note:add', page: { url: 'https://a.example', title: '' }, selector, comment: '', tags: ['  '] },
      /tags\.0/,
    );
    refused({ type: 'note:update', noteId: '<img onerror=x>' }, /noteId: expected a record id/);
    refused({ type: 'settings:set', patch: { colours: { leader: 'red;background:url(x)' } } }, /colours\.leader/);
    refused({ type: 'settings:set', patch: { sites: { 'a b': { autoSave: true } } } }, /sites/);
    refused({ type: 'settings:set', patch: { language: 'fr' } }, /language/);
    refused({ type: 'meetings:merge', targetId: 'm1', sourceIds: [] }, /sourceIds/);
    refused({ type: 'page:extracted', save: 'always', page: {}, result: {} }, /save|page/);
  });

  it('background → content messages are validated too', () => {
    for (const type of ['highlights:toggle', 'note:create-from-selection', 'page:save']) {
      expect(parseContentRequest({ type })).toMatchObject({ ok: true, message: { type } });
    }
    expect(parseContentRequest({ type: 'page:delete-everything' })).toMatchObject({ ok: false });
    expect(parseContentRequest(null)).toMatchObject({ ok: false });
  });
});
