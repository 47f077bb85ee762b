import { afterEach, describe, expect, it } from 'vitest';
import type { QimmaDB } from '../../../lib/db/schema';
import { exportWebAnnotationBlob, toAnnotation, webAnnotationChunks } from '../../../lib/export/web-annotation';
import { freshDb } from '../db/helpers';
import { fillStore } from './store-fixture';

let db: QimmaDB;
afterEach(() => db?.close());

async function collection(options = {}) {
  let text = '';
  for await (const chunk of webAnnotationChunks(db, { now: 0, ...options })) text += chunk;
  return JSON.parse(text);
}

describe('W3C Web Annotation export', () => {
  it('is an AnnotationCollection whose first page holds every note', async () => {
    db = freshDb();
    await fillStore(db);
    const c = await collection();
    expect(c).toMatchObject({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'AnnotationCollection',
      total: await db.notes.count(),
    });
    expect(c.first.type).toBe('AnnotationPage');
    expect(c.first.items).toHaveLength(c.total);
    for (const a of c.first.items) {
      expect(a.type).toBe('Annotation');
      expect(a.id).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(a.target).toMatchObject({ language: 'ar', textDirection: 'rtl' });
      expect(a.target.source).toMatch(/^https?:\/\//);
      expect(a.target.selector.map((s: { type: string }) => s.type)).toEqual([
        'TextQuoteSelector',
        'TextPositionSelector',
      ]);
    }
    expect(new Set(c.first.items.map((a: { id: string }) => a.id)).size).toBe(c.total);
  });

  it('the reader’s note: comment, tags, and identifying bodies with Wikidata IRIs', async () => {
    db = freshDb();
    await fillStore(db);
    const c = await collection({ readerOnly: true });
    expect(c.total).toBe(2);
    const trade = c.first.items.find((a: { body?: Array<{ value?: string }> }) =>
      a.body?.some((b) => b.value === 'trade'),
    );
    expect(trade.motivation).toBe('commenting');
    expect(trade.target.source).toBe('https://e.example/call');
    expect(trade.target.selector[0]).toMatchObject({ type: 'TextQuoteSelector', exact: '190 بليون دولار' });
    expect(trade.body).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          purpose: 'commenting',
          language: 'ar',
          textDirection: 'rtl',
          value: expect.stringContaining('نفس رقم'),
        }),
        expect.objectContaining({ purpose: 'tagging', value: 'تجارة', language: 'ar' }),
        expect.objectContaining({ purpose: 'tagging', value: 'trade', textDirection: 'ltr' }),
        expect.objectContaining({ purpose: 'classifying', value: 'figure:190000000000 USD' }),
      ]),
    );
    const english = c.first.items.find(
      (a: { body?: Array<{ value?: string }> }) => a.body?.[0]?.value === 'English comment',
    );
    expect(english.body[0]).toMatchObject({ textDirection: 'ltr' });
    expect(english.body[0].language).toBeUndefined();
  });

  it('automatic notes identify the leaders by their Wikidata IRIs', async () => {
    db = freshDb();
    await fillStore(db);
    const c = await collection();
    const identifying = c.first.items.flatMap((a: { body?: Array<{ purpose: string; source?: string }> }) =>
      (a.body ?? []).filter((b) => b.purpose === 'identifying').map((b) => b.source),
    );
    expect(identifying).toContain('http://www.wikidata.org/entity/Q7747'); // Putin
    expect(identifying).toContain('http://www.wikidata.org/entity/Q15031'); // Xi
    expect(c.first.items.filter((a: { motivation: string }) => a.motivation === 'highlighting').length).toBeGreaterThan(
      0,
    );
  });

  it('comes as a Blob with the JSON-LD media type; an empty store gives an empty collection', async () => {
    db = freshDb();
    const blob = await exportWebAnnotationBlob(db, { now: 0 });
    expect(blob.type).toBe('application/ld+json');
    expect(JSON.parse(await blob.text())).toMatchObject({ total: 0, first: { items: [] } });
  });
});

describe('toAnnotation', () => {
  const note = {
    id: 'n1',
    articleId: 'a1',
    meetingId: null,
    origin: 'reader' as const,
    quote: 'Putin',
    prefix: '',
    suffix: '',
    start: 0,
    end: 5,
    comment: '',
    tags: [],
    keys: ['leader:putin', 'venue:nowhere'],
    createdAt: 0,
    updatedAt: 0,
    words: [],
  };
  it('a page in another language keeps its language and direction; unknown entities are classifying bodies', () => {
    const a = toAnnotation(note, { url: 'https://en.example/x', title: 't', lang: 'en-GB' }, () => null);
    expect(a.target).toMatchObject({ language: 'en', textDirection: 'ltr' });
    expect(a.motivation).toBe('highlighting');
    expect(a.body).toEqual([
      { type: 'TextualBody', purpose: 'classifying', value: 'leader:putin', format: 'text/plain' },
      { type: 'TextualBody', purpose: 'classifying', value: 'venue:nowhere', format: 'text/plain' },
    ]);
    const arabic = toAnnotation(note, { url: 'https://ar.example/x', title: 't', lang: null }, (k) =>
      k === 'leader:putin' ? 'Q7747' : null,
    );
    expect(arabic.target).toMatchObject({ language: 'ar', textDirection: 'rtl' });
    expect((arabic.body as unknown[])[0]).toMatchObject({
      purpose: 'identifying',
      source: 'http://www.wikidata.org/entity/Q7747',
    });
  });
});
