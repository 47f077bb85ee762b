// The extractor against the annotated articles of the repository: every seed article and every
// article of the test corpus, scored with the corpus rules (score.ts). Prints the per-type table
// and the misses, then holds each set to the bar: micro F1 ≥ 0.97, value accuracy ≥ 97 %, every
// meeting field right, relevance and publication date right for every article.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withCorpusIds } from '../../../lib/cli/corpus-ids';
import { extract } from '../../../lib/extract/extract';
import { type ArticleScore, type Gold, report, scoreArticle, summarise } from './score';

const SETS = ['tests/fixtures/seeds', 'tests/fixtures/corpus'];

function scoreSet(dir: string): ArticleScore[] {
  if (!existsSync(dir)) return [];
  const names = readdirSync(dir)
    .filter((f) => f.endsWith('.gold.json'))
    .map((f) => f.slice(0, -'.gold.json'.length))
    .sort();
  return names.map((name) => {
    const gold = JSON.parse(readFileSync(join(dir, `${name}.gold.json`), 'utf8')) as Gold;
    const text = readFileSync(join(dir, `${name}.txt`), 'utf8');
    const out = withCorpusIds(extract(text));
    return scoreArticle(name, gold, text, out);
  });
}

for (const dir of SETS) {
  describe(`corpus ${dir}`, () => {
    const articles = scoreSet(dir);
    const summary = summarise(articles);
    console.log(`\n== ${dir} (${articles.length} articles)\n${report(articles, summary)}`);

    it('has annotated articles', () => {
      expect(articles.length).toBeGreaterThan(0);
    });
    it('finds the mentions: micro F1 ≥ 0.97', () => {
      expect(summary.micro.f).toBeGreaterThanOrEqual(0.97);
    });
    it('names the right leader or venue: ≥ 97 % of matched ids right', () => {
      expect(summary.idAccuracy ?? 1).toBeGreaterThanOrEqual(0.97);
    });
    it('resolves the values: ≥ 97 % of matched dates and figures right', () => {
      expect(summary.valueAccuracy ?? 1).toBeGreaterThanOrEqual(0.97);
    });
    it('decides relevance right for every article', () => {
      expect(articles.filter((a) => a.relevant.gold !== a.relevant.sys).map((a) => a.name)).toEqual([]);
    });
    it('finds the publication date of every article', () => {
      expect(articles.filter((a) => a.published.gold !== a.published.sys).map((a) => a.name)).toEqual([]);
    });
    it('gets every meeting field right', () => {
      const wrong = articles.flatMap((a) =>
        a.meeting
          ? Object.entries(a.meeting)
              .filter(([, ok]) => !ok)
              .map(([field]) => `${a.name}: ${field}`)
          : [],
      );
      expect(wrong).toEqual([]);
    });
  });
}
