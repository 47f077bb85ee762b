// Shared by the store's unit tests: a fresh database on fake-indexeddb for each test, extraction
// results built from the seed articles' gold annotations (the engine is tested elsewhere: here the
// store is given what a correct extractor would find), and hand-written articles.

import { readdirSync, readFileSync } from 'node:fs';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { QimmaDB } from '../../../lib/db/schema';
import type { ExtractionResult, MeetingInfo, Mention } from '../../../lib/extract/types';
import { type Gold, resultFromGold } from '../../support/gold-result';

const SEEDS = new URL('../../fixtures/seeds/', import.meta.url);

let counter = 0;

/** A new, empty database of its own (its own fake IndexedDB factory: no state shared between tests). */
export function freshDb(name = `qimma-test-${++counter}`, factory = new IDBFactory()): QimmaDB {
  return new QimmaDB(name, { indexedDB: factory, IDBKeyRange });
}

export interface SeedArticle {
  text: string;
  result: ExtractionResult;
}

/** Seed `NNN`'s text and the extraction result its gold annotation describes. */
export function seed(number: string): SeedArticle {
  const names = readdirSync(SEEDS).filter((n) => n.startsWith(`${number}_`));
  const textName = names.find((n) => n.endsWith('.txt'))!;
  const goldName = names.find((n) => n.endsWith('.gold.json'))!;
  const text = readFileSync(new URL(textName, SEEDS), 'utf8');
  const gold = JSON.parse(readFileSync(new URL(goldName, SEEDS), 'utf8')) as Gold;
  return { text, result: resultFromGold(text, gold, { optional: 'byTitle' }) };
}

/** A hand-made article: text plus mentions given as [type, surface text, id or value, unit?]. */
export function article(
  text: string,
  meeting: Partial<MeetingInfo> | null,
  marks: Array<[Mention['type'], string, string | number | null, string?]>,
  published: string | null = null,
): ExtractionResult {
  const mentions: Mention[] = [];
  let from = 0;
  for (const [type, surface, idOrValue, unit] of marks) {
    const at = text.indexOf(surface, from);
    if (at < 0) throw new Error(`"${surface}" not in the text after ${from}`);
    from = at + surface.length;
    const entity = type === 'leader' || type === 'venue';
    mentions.push({
      type,
      start: at,
      end: at + surface.length,
      text: surface,
      id: entity ? (idOrValue as string) : null,
      value: entity ? null : idOrValue,
      unit: unit ?? null,
    });
  }
  return {
    version: 'test-1',
    relevant: meeting !== null,
    score: meeting ? 0.9 : 0.05,
    published,
    meeting: meeting
      ? {
          start: null,
          end: null,
          venue: null,
          kind: null,
          participants: ['putin', 'xi'],
          announced: false,
          catalogueId: null,
          knownStart: null,
          title: null,
          ...meeting,
        }
      : null,
    mentions,
    body: [[0, text.length]],
  };
}

export function page(url: string, text: string, title = 'خبر') {
  return { url, title, siteName: 'موقع', lang: 'ar', text };
}
