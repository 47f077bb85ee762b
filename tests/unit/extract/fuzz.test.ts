// 10,000 random and hostile strings through the whole pipeline, strict (errors propagate): mixed
// scripts, lone surrogates, huge digit runs and numbers, a megabyte of one letter, diacritics
// alone, direction marks, NUL, presentation forms, every proclitic combination, and shuffled
// pieces of real articles. Each result must keep its promises: offsets inside the text,
// `text === slice`, mentions sorted and non-overlapping, inside the story. The generator is seeded:
// a failure names its seed and case number, and rerunning reproduces it.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractStrict } from '../../../lib/extract/extract';
import { ALPHABETS, PROCLITICS } from '../../support/hostile-alphabets';
import { seededRandom } from '../../support/seeded-random';

const SEED = 0x9e3779b9;
const CASES = 10_000;
/** Some seconds on an idle machine; generous, since the machine running the suite may be busy. */
const FUZZ_TIMEOUT_MS = 300_000;

const WORDS = [
  'بوتين',
  'شي',
  'جين',
  'بينغ',
  'بينج',
  'فلاديمير',
  'الرئيس',
  'الروسي',
  'الصيني',
  'نظيره',
  'لافروف',
  'موسكو',
  'بكين',
  'الكرملين',
  'سمرقند',
  'قمة',
  'محادثات',
  'اتصال',
  'هاتفي',
  'عبر',
  'الفيديو',
  'زيارة',
  'دولة',
  'يناير',
  'حزيران',
  'يونيو',
  'أيلول/سبتمبر',
  'الخميس',
  'الماضي',
  'المقبل',
  'اليوم',
  'أمس',
  'عام',
  'ألف',
  'مليون',
  'مليار',
  'مليارات',
  'دولار',
  'يوان',
  'روبل',
  'بالمئة',
  '%',
  'ثلاثة',
  'عشرين',
  'الأول',
  'الذكرى',
  'الـ',
  'مرة',
  'أيام',
  'يومين',
  'نحو',
  'الربع',
  'هـ',
  'م',
  '2024',
  '١٤٤٦',
  '15-16',
  '22/03/2023',
  '21.05.2014',
  '8th,',
  'February',
  'اقرأ',
  'أيضاً',
  'المصدر:',
  'كلمات',
  'دلالية',
  '•',
  '-',
  'لا',
  'لم',
  'وكان',
  'قد',
  'التقيا',
  'الرئيسان',
  'والصيني',
];

function article(rand: () => number, texts: string[]): string {
  const text = texts[Math.floor(rand() * texts.length)] as string;
  const a = Math.floor(rand() * text.length);
  return text.slice(a, a + Math.floor(rand() * 2000));
}

function generate(rand: () => number, texts: string[], i: number): string {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)] as T;
  const n = 1 + Math.floor(rand() * 120);
  switch (i % 10) {
    case 0:
    case 1: {
      let s = '';
      for (let k = 0; k < n * 4; k++) s += pick(pick(ALPHABETS));
      return s;
    }
    case 2:
    case 3: {
      const parts: string[] = [];
      for (let k = 0; k < n; k++)
        parts.push(pick(PROCLITICS) + pick(WORDS) + (rand() < 0.1 ? pick(pick(ALPHABETS)) : ''));
      return parts.join(rand() < 0.8 ? ' ' : pick(['\n', '،', '  ', '']));
    }
    case 4: {
      const digits = pick(ALPHABETS[2] as string[]).repeat(1 + Math.floor(rand() * 5000));
      return pick([
        `${digits} مليار دولار`,
        `عام ${digits}`,
        `${digits}.${digits}`,
        `${digits}/${digits}/${digits}`,
        digits,
        `9${'9'.repeat(400)}e308 بالمئة`,
      ]);
    }
    case 5:
      return article(rand, texts);
    case 6: {
      const pieces: string[] = [];
      for (let k = 0; k < 6; k++) pieces.push(article(rand, texts).slice(0, 300));
      return pieces.join(pick(['\n', ' اقرأ أيضا ', '\n- ', '. ']));
    }
    case 7: {
      let s = '';
      for (let k = 0; k < n * 3; k++) s += pick(ALPHABETS[1] as string[]);
      return rand() < 0.5 ? s : `${s}ب${s}`;
    }
    case 8: {
      const marks = ALPHABETS[6] as string[];
      return Array.from({ length: n }, () => pick(marks) + pick(WORDS) + pick(marks)).join(' ');
    }
    default: {
      const w = pick(WORDS);
      return PROCLITICS.map((p) => p + w).join(pick([' ', '', '\n', 'ـ']));
    }
  }
}

function check(text: string, label: string): void {
  const r = extractStrict(text);
  let lastEnd = 0;
  for (const m of r.mentions) {
    if (!(m.start >= 0 && m.end <= text.length && m.start < m.end))
      throw new Error(`${label}: offsets ${m.start}-${m.end} outside ${text.length}`);
    if (m.text !== text.slice(m.start, m.end)) throw new Error(`${label}: text ≠ slice at ${m.start}`);
    if (m.start < lastEnd) throw new Error(`${label}: mentions overlap or out of order at ${m.start}`);
    if (!r.body.some(([a, b]) => m.start >= a && m.end <= b))
      throw new Error(`${label}: mention outside the story at ${m.start}`);
    lastEnd = m.end;
  }
  let lastBody = 0;
  for (const [a, b] of r.body) {
    if (!(a >= lastBody && a < b && b <= text.length)) throw new Error(`${label}: bad body range ${a}-${b}`);
    lastBody = b;
  }
  if (!(r.score >= 0 && r.score <= 1) || r.relevant !== r.score >= 0.5) throw new Error(`${label}: score ${r.score}`);
}

const TEXTS = ['tests/fixtures/seeds', 'tests/fixtures/corpus'].flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(join(dir, f), 'utf8')),
);

describe('extract fuzz', () => {
  it(
    `survives ${CASES} random and hostile strings (seed ${SEED.toString(16)})`,
    () => {
      const rand = seededRandom(SEED);
      let failures = 0;
      const messages: string[] = [];
      for (let i = 0; i < CASES; i++) {
        const text = generate(rand, TEXTS, i);
        try {
          check(text, `case ${i}`);
        } catch (e) {
          failures++;
          if (messages.length < 5)
            messages.push(`${(e as Error).message}\n  input: ${JSON.stringify(text.slice(0, 300))}`);
        }
      }
      expect(messages, `${failures} failures`).toEqual([]);
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    'survives a megabyte of one letter, of one digit, of diacritics and of newlines',
    () => {
      for (const unit of ['ب', '٣', '\u064e', '\n', 'بوتين ', 'ـ'])
        check(unit.repeat(Math.floor((1 << 20) / unit.length)), `1 MB of ${JSON.stringify(unit)}`);
    },
    FUZZ_TIMEOUT_MS,
  );
});
