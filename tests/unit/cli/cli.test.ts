// The command line, in-process with an in-memory file system and streams, plus one real run of
// `bin/qimma.mjs` to prove the entry loads the TypeScript sources.

import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../../lib/cli/io';
import { runCli } from '../../../lib/cli/main';

const ARTICLE =
  'بوتين وشي يبحثان هاتفيا العلاقات الثنائية\nأجرى الرئيس الروسي فلاديمير بوتين اليوم الخميس اتصالا هاتفيا مع نظيره الصيني شي جين بينغ.';
const PAGE = `<!doctype html><html lang="ar"><head><title>قمة في بكين</title>
<link rel="canonical" href="https://news.example/a/1?utm_source=x">
<meta property="article:published_time" content="2024-05-16T10:00:00+08:00"></head>
<body><nav>الرئيسية</nav><article><h1>بوتين وشي يعقدان قمة في بكين</h1>
<p>بكين - عقد الرئيس الروسي فلاديمير بوتين اليوم الخميس محادثات مع نظيره الصيني شي جين بينغ في قاعة الشعب الكبرى في بكين، في اليوم الأول من زيارة دولة تستمر يومين.</p>
<p>وقال بوتين إن التبادل التجاري بين البلدين بلغ 240 مليار دولار العام الماضي، مؤكدا أن العلاقات في أفضل حالاتها.</p>
</article></body></html>`;

function memoryIo(files: Record<string, string | Uint8Array>, stdin = '') {
  const out: string[] = [];
  const err: string[] = [];
  const written = new Map<string, string>();
  const io: CliIo = {
    readFile: async (path) => {
      const f = files[path];
      if (f === undefined) throw Object.assign(new Error('missing'), { code: 'ENOENT' });
      return typeof f === 'string' ? new TextEncoder().encode(f) : f;
    },
    writeFile: async (path, data) => {
      written.set(path, data);
    },
    mkdir: async () => {},
    readStdin: async () => new TextEncoder().encode(stdin),
    stdout: (s) => out.push(s),
    stderr: (s) => err.push(s),
  };
  return { io, out: () => out.join(''), err: () => err.join(''), written };
}

const jsonLines = (s: string) =>
  s
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));

describe('qimma extract', () => {
  it('prints one JSON object per article with offsets into the text as read', async () => {
    const bom = `\ufeff${ARTICLE}`;
    const m = memoryIo({ 'a.txt': ARTICLE, 'b.txt': bom });
    expect(await runCli(['extract', '--published', '2024-02-08', 'a.txt', 'b.txt'], m.io)).toBe(0);
    const [a, b] = jsonLines(m.out());
    expect(a).toMatchObject({ file: 'a.txt', relevant: true, published: '2024-02-08' });
    expect(a.meeting).toMatchObject({ start: '2024-02-08', kind: 'phone-call', venue: 'virtual' });
    for (const mention of b.mentions) expect(bom.slice(mention.start, mention.end)).toBe(mention.text);
    expect(b.mentions[0].start).toBe(a.mentions[0].start + 1);
  });

  it('writes DIR/NAME.json with --out', async () => {
    const m = memoryIo({ 'in/x.y.txt': ARTICLE });
    expect(await runCli(['extract', '--out', 'outdir', 'in/x.y.txt'], m.io)).toBe(0);
    expect([...m.written.keys()]).toEqual([join('outdir', 'x.y.json')]);
    expect(JSON.parse(m.written.get(join('outdir', 'x.y.json')) as string).relevant).toBe(true);
    expect(m.out()).toBe('');
  });

  it('reads a whole page: article text, canonical address, metadata date', async () => {
    const m = memoryIo({ 'p.html': PAGE });
    expect(await runCli(['extract', 'p.html'], m.io)).toBe(0);
    const [r] = jsonLines(m.out());
    expect(r.page).toMatchObject({ url: 'https://news.example/a/1', published: '2024-05-16', lang: 'ar' });
    expect(r.published).toBe('2024-05-16');
    expect(r.relevant).toBe(true);
    expect(r.meeting).toMatchObject({ start: '2024-05-16', venue: 'beijing', kind: 'in-person' });
    expect(r.text).not.toContain('الرئيسية');
    for (const mention of r.mentions) expect(r.text.slice(mention.start, mention.end)).toBe(mention.text);
  });

  it('reports missing, non-UTF-8 and unsupported files, goes on, and exits 1', async () => {
    const m = memoryIo({ 'ok.txt': ARTICLE, 'latin.txt': new Uint8Array([0xc7, 0xe1, 0xd1, 0xca]), 'x.pdf': 'x' });
    expect(await runCli(['extract', 'gone.txt', 'latin.txt', 'x.pdf', 'ok.txt'], m.io)).toBe(1);
    expect(m.err()).toContain('gone.txt: no such file');
    expect(m.err()).toContain('latin.txt: not valid UTF-8');
    expect(m.err()).toContain('x.pdf: unsupported file type');
    expect(jsonLines(m.out())).toHaveLength(1);
  });

  it('exits 2 on usage errors', async () => {
    for (const argv of [
      [],
      ['extract'],
      ['extract', '--published', '2024-13-01', 'a.txt'],
      ['extract', '--bogus', 'a.txt'],
      ['frobnicate'],
      ['parse'],
      ['parse', 'colour'],
      ['parse', 'date', '--ref'],
    ]) {
      const m = memoryIo({});
      expect(await runCli(argv, m.io), argv.join(' ')).toBe(2);
      expect(m.err()).toMatch(/qimma: .+\nRun "qimma --help"/);
    }
  });

  it('prints usage with --help', async () => {
    const m = memoryIo({});
    expect(await runCli(['--help'], m.io)).toBe(0);
    expect(m.out()).toContain('qimma extract [--published YYYY-MM-DD] [--out DIR] FILE');
  });
});

describe('qimma parse', () => {
  it('answers one JSON line per input line, null when not understood', async () => {
    const m = memoryIo({}, 'ثلاثة آلاف\n\nكلام\n');
    expect(await runCli(['parse', 'number'], m.io)).toBe(0);
    expect(jsonLines(m.out())).toEqual([
      { text: 'ثلاثة آلاف', value: 3000 },
      { text: '', value: null },
      { text: 'كلام', value: null },
    ]);
  });

  it('resolves dates against --ref and carries each kind’s extra fields', async () => {
    const dates = memoryIo({}, 'الخميس الماضي\r\n');
    expect(await runCli(['parse', 'date', '--ref', '2024-02-10'], dates.io)).toBe(0);
    expect(jsonLines(dates.out())[0]).toMatchObject({ text: 'الخميس الماضي', value: '2024-02-08' });
    const money = memoryIo({}, '227 مليار دولار\n');
    await runCli(['parse', 'money'], money.io);
    expect(jsonLines(money.out())[0]).toMatchObject({ value: 227e9, unit: 'USD' });
  });

  it('rejects input that is not UTF-8', async () => {
    const m = memoryIo({});
    m.io.readStdin = async () => new Uint8Array([0xff, 0xfe, 0x00]);
    expect(await runCli(['parse', 'ordinal'], m.io)).toBe(1);
    expect(m.err()).toContain('not valid UTF-8');
  });
});

describe('bin/qimma.mjs', () => {
  it('runs from the repository root', () => {
    const dir = mkdtempSync(join(tmpdir(), 'qimma-cli-'));
    const file = join(dir, 'article.txt');
    writeFileSync(file, ARTICLE);
    const stdout = execFileSync(process.execPath, ['bin/qimma.mjs', 'extract', '--out', dir, file], {
      encoding: 'utf8',
    });
    expect(stdout).toBe('');
    expect(JSON.parse(readFileSync(join(dir, 'article.json'), 'utf8')).relevant).toBe(true);
    const bad = spawnSync(process.execPath, ['bin/qimma.mjs', 'nope'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
  });
});
