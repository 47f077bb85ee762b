// Behaviour lock for performance work: runs `extract` (and the phrase parsers) over every fixture
// text, the text of every fixture page, a few thousand seeded random and hostile strings and the
// extract bench's generated text, and hashes the JSON of every result, group by group. A speed-up
// must leave every digest unchanged; a deliberate change of results refreshes them in its own
// commit (`--write`).
//
//   node --import tsx bench/digest.ts           compare with bench/extract-digest.json
//   node --import tsx bench/digest.ts --write   store the current digests
//   node --import tsx bench/digest.ts --dump D  also write each group's results to D/<group>.jsonl
//                                               (to diff two versions when a digest moves)

import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodePage, readPage } from '../lib/cli/html-input';
import { PHRASE_PARSERS, type PhraseKind } from '../lib/cli/phrase-parsers';
import { extractStrict } from '../lib/extract/extract';
import { hostileStrings } from './digest-inputs';
import { buildBody, buildStory } from './extract';

const STORED = 'bench/extract-digest.json';
const FIXTURE_DIRS = ['tests/fixtures/seeds', 'tests/fixtures/corpus'];
const PAGES = 'tests/fixtures/pages';

type Group = { name: string; results: () => Promise<unknown[]> | unknown[] };

const texts = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'));

const fixtureTexts = () => FIXTURE_DIRS.flatMap(texts);

/** A result, or the error a strict run threw (an error is behaviour too). */
function run(text: string, opts?: Parameters<typeof extractStrict>[1]): unknown {
  try {
    return extractStrict(text, opts);
  } catch (e) {
    return { error: String((e as Error).message) };
  }
}

const GROUPS: Group[] = [
  {
    name: 'fixtures',
    results: () =>
      fixtureTexts().flatMap((t) => {
        const firstLine = t.slice(0, t.indexOf('\n') >>> 0);
        return [
          run(t),
          run(t, { published: '2019-06-05' }),
          run(t, { title: 'بوتين يستقبل شي جين بينغ في الكرملين' }),
          run(t, { title: firstLine, published: 'not a day' }),
        ];
      }),
  },
  {
    name: 'pages',
    results: async () => {
      const out: unknown[] = [];
      for (const f of readdirSync(PAGES)
        .filter((f) => f.endsWith('.html'))
        .sort()) {
        const page = await readPage(decodePage(readFileSync(join(PAGES, f)), f));
        out.push(run(page.text, { published: page.published, title: page.title }), run(page.text));
      }
      return out;
    },
  },
  { name: 'hostile', results: () => hostileStrings(fixtureTexts(), 3000).map((t) => run(t)) },
  {
    name: 'bench',
    results: () => [...buildBody(1 << 20, 11).map((d) => run(d)), run(buildStory(1 << 19, 13))],
  },
  { name: 'phrases', results: () => phraseResults() },
];

/** Every Duckling phrase through the phrase parser of its kind (reference: Duckling's own day). */
function phraseResults(): unknown[] {
  const files: Array<[string, PhraseKind[]]> = [
    ['numeral', ['number', 'ordinal']],
    ['ordinal', ['ordinal', 'number']],
    ['money', ['money']],
    ['duration', ['duration']],
    ['time', ['date']],
  ];
  const out: unknown[] = [];
  for (const [file, kinds] of files) {
    const data = JSON.parse(readFileSync(`tests/fixtures/duckling-ar/duckling_ar_${file}.json`, 'utf8')) as {
      groups: Array<{ phrases: string[] }>;
    };
    for (const g of data.groups)
      for (const p of g.phrases)
        for (const k of kinds) {
          try {
            out.push([k, p, PHRASE_PARSERS[k](p, '2013-02-12')]);
          } catch (e) {
            out.push([k, p, { error: String((e as Error).message) }]);
          }
        }
  }
  return out;
}

const args = process.argv.slice(2);
const dumpDir = args.includes('--dump') ? (args[args.indexOf('--dump') + 1] as string) : null;
if (dumpDir) mkdirSync(dumpDir, { recursive: true });

const digests: Record<string, string> = {};
for (const g of GROUPS) {
  const t0 = performance.now();
  const results = await g.results();
  const hash = createHash('sha256');
  const lines = results.map((r) => JSON.stringify(r));
  for (const l of lines) hash.update(`${l}\n`);
  digests[g.name] = `${results.length}:${hash.digest('hex').slice(0, 32)}`;
  if (dumpDir) writeFileSync(join(dumpDir, `${g.name}.jsonl`), `${lines.join('\n')}\n`);
  console.log(`${g.name.padEnd(9)} ${digests[g.name]}  (${(performance.now() - t0).toFixed(0)} ms)`);
}

if (args.includes('--write')) {
  writeFileSync(STORED, `${JSON.stringify(digests, null, 2)}\n`);
  console.log(`stored in ${STORED}`);
} else {
  const stored = JSON.parse(readFileSync(STORED, 'utf8')) as Record<string, string>;
  const moved = Object.keys({ ...stored, ...digests }).filter((k) => stored[k] !== digests[k]);
  if (moved.length > 0) {
    console.log(`DIGEST CHANGED: ${moved.join(', ')}`);
    process.exit(1);
  }
  console.log('all digests as stored');
}
