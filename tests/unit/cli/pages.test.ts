// The command line's page path on the fixture pages (tests/fixtures/pages): jsdom, the article
// finder, then the extractor. What it must get right for each page: relevance, publication day
// and the meeting. (A lazy page's meeting is in paragraphs its script adds; a saved page has only
// what its HTML holds, so there the meeting is not checked.)

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodePage, readPage } from '../../../lib/cli/html-input';
import { extract } from '../../../lib/extract/extract';

const DIR = 'tests/fixtures/pages';

interface Expectation {
  relevant: boolean;
  published: string | null;
  meeting: { start: string | null; venue: string | null; kind: string | null; participants: string[] } | null;
  stages?: unknown;
}

describe('qimma extract on whole pages', () => {
  for (const file of readdirSync(DIR).filter((f) => f.endsWith('.html'))) {
    const name = file.slice(0, -'.html'.length);
    it(name, async () => {
      const expected = JSON.parse(readFileSync(join(DIR, `${name}.expect.json`), 'utf8')) as Expectation;
      const page = await readPage(decodePage(readFileSync(join(DIR, file)), file));
      const r = extract(page.text, { published: page.published, title: page.title });
      expect(r.published).toBe(expected.published);
      expect(r.relevant).toBe(expected.relevant);
      if (!expected.relevant) expect(r.meeting).toBeNull();
      else if (expected.meeting && !expected.stages) {
        expect(r.meeting).toMatchObject({
          start: expected.meeting.start,
          venue: expected.meeting.venue,
          kind: expected.meeting.kind,
        });
        expect([...(r.meeting?.participants ?? [])].sort()).toEqual([...expected.meeting.participants].sort());
      }
      for (const m of r.mentions) expect(page.text.slice(m.start, m.end)).toBe(m.text);
    });
  }
});
