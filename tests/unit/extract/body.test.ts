// Main-story segmentation: the general rules on small made-up pages, then every annotated article
// of the repository against its gold body lines.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findMainStory } from '../../../lib/extract/body';
import { makeDoc } from '../../../lib/extract/document';

const PROSE =
  'وأكد المتحدث أن الجانبين بحثا سبل تعزيز التعاون في مجالات الطاقة والتجارة والنقل، وأن المحادثات جرت في أجواء إيجابية وبناءة.';

/** The 1-based numbers of the lines that are (wholly or partly) in the story. */
function storyLines(text: string): number[] {
  const doc = makeDoc(text);
  const { lines } = findMainStory(doc);
  const starts = [0];
  for (let i = 0; i < doc.norm.text.length; i++) if (doc.norm.text[i] === '\n') starts.push(i + 1);
  const lineOf = (o: number) => starts.filter((s) => s <= o).length;
  return [...new Set(lines.map(([a]) => lineOf(a)))];
}

function storyText(text: string): string {
  const doc = makeDoc(text);
  return findMainStory(doc)
    .lines.map(([a, b]) => doc.norm.text.slice(a, b))
    .join('\n');
}

describe('findMainStory', () => {
  it('keeps headline, dateline, paragraphs and caption; drops a read-also list between them', () => {
    const text = [
      'عنوان الخبر الرئيسي عن القمة',
      'موسكو - وكالات',
      PROSE,
      'اقرأ أيضاً',
      '- عنوان خبر آخر عن الرياضة',
      '- عنوان خبر ثالث عن الطقس',
      PROSE,
      'صورة من اللقاء في موسكو',
    ].join('\n');
    expect(storyLines(text)).toEqual([1, 2, 3, 7, 8]);
  });

  it('reads an unbulleted list of several headlines as a list, and resumes the story after it', () => {
    const text = [PROSE, 'مقالات ذات صلة', 'عنوان أول قصير', 'عنوان ثان قصير', PROSE].join('\n');
    expect(storyLines(text)).toEqual([1, 5]);
  });

  it('ends the story at an appended story: a marker, one headline, then its own prose', () => {
    const text = [PROSE, 'إقرأ أيضا:', 'السيسي يستقبل وفدا', PROSE, PROSE].join('\n');
    expect(storyLines(text)).toEqual([1]);
  });

  it('ends the story at an appended story announced only by its headline and date line', () => {
    const text = ['عنوان الخبر', PROSE, PROSE, PROSE, 'عنوان خبر آخر', '2024/05/16 18:30', PROSE].join('\n');
    expect(storyLines(text)).toEqual([1, 2, 3, 4]);
    // Under the first headline, the same date line is the story's own.
    expect(storyLines(['عنوان الخبر', '2024/05/16 18:30', PROSE].join('\n'))).toEqual([1, 2, 3]);
  });

  it('cuts a line where a marker follows the end of a sentence', () => {
    const text = `${PROSE} أخبار ذات صلة بوتين يشيد بالصناعات الدفاعية المصدر: وكالات`;
    expect(storyText(text)).toBe(makeDoc(PROSE).norm.text);
  });

  it('does not cut on a marker word inside a sentence', () => {
    const text = `قال إن الكتب الأكثر قراءة في روسيا هي كتب التاريخ والسياسة والاقتصاد وإن القراء يتزايدون كل عام.`;
    expect(storyText(text)).toBe(makeDoc(text).norm.text);
  });

  it('closes the story at tags, source trailers, prompts, sign-offs and rights notices', () => {
    for (const closing of [
      'كلمات دلالية: بوتين شي',
      'المصدر: وكالات',
      'تابعونا على فيسبوك',
      'أفكارك وتعليقاتك',
      'ع ل/ م ح',
      '(النهاية)',
      'مواضيع:',
      'جميع الحقوق محفوظة لموقع الأخبار 2024، ويحظر النقل أو الاقتباس دون إذن مسبق من إدارة التحرير في الموقع',
    ]) {
      expect(storyLines([PROSE, PROSE, closing, PROSE].join('\n')), closing).toEqual([1, 2]);
    }
  });

  it('keeps a closing-looking line met before any story paragraph', () => {
    expect(storyLines(['عنوان الخبر', 'المصدر: وكالات', PROSE].join('\n'))).toEqual([1, 2, 3]);
    expect(storyLines(['عنوان الخبر', 'موسكو - أ ش أ', PROSE].join('\n'))).toEqual([1, 2, 3]);
  });

  it('drops page furniture, section labels and a masthead above the story', () => {
    const text = ['بوابة الأهرام', 'الرئيسية > أخبار > عربي ودولي', 'تفاصيل الخبر', 'عنوان الخبر', PROSE].join('\n');
    expect(storyLines(text)).toEqual([4, 5]);
  });

  it('treats a label-only marker word at the start of a sentence as prose', () => {
    const text = [PROSE, `تعليقات الرئيس على الأزمة كانت واضحة وحاسمة. ${PROSE}`].join('\n');
    expect(storyLines(text)).toEqual([1, 2]);
  });

  it('drops a closing list of bulleted headlines with no marker', () => {
    const text = [PROSE, PROSE, '• عنوان أول', '• عنوان ثان', '• عنوان ثالث'].join('\n');
    expect(storyLines(text)).toEqual([1, 2]);
  });

  it('handles CRLF, empty text and a text of blank lines', () => {
    expect(storyLines(`عنوان\r\n${PROSE}\r\nاقرأ أيضا\r\n- خبر\r\n`)).toEqual([1, 2]);
    expect(findMainStory(makeDoc('')).ranges).toEqual([]);
    expect(findMainStory(makeDoc('\n\n \n')).ranges).toEqual([]);
  });

  it('returns sorted, non-overlapping ranges that merge across blank lines only', () => {
    const doc = makeDoc(['عنوان', '', PROSE, 'اقرأ أيضا', '- خبر', '- خبر آخر', PROSE].join('\n'));
    const { ranges } = findMainStory(doc);
    expect(ranges).toHaveLength(2);
    for (let i = 1; i < ranges.length; i++) expect(ranges[i]![0]).toBeGreaterThan(ranges[i - 1]![1]);
  });
});

describe('findMainStory on the annotated articles', () => {
  for (const dir of ['tests/fixtures/seeds', 'tests/fixtures/corpus']) {
    if (!existsSync(dir)) continue;
    for (const gold of readdirSync(dir).filter((f) => f.endsWith('.gold.json'))) {
      const name = gold.slice(0, -'.gold.json'.length);
      it(`${name}: every gold story line is story, no other line is`, () => {
        const text = readFileSync(join(dir, `${name}.txt`), 'utf8');
        const { body } = JSON.parse(readFileSync(join(dir, gold), 'utf8')) as { body: Array<[number, number]> };
        const lines = text.split('\n');
        const expected = lines
          .map((_, i) => i + 1)
          .filter((n) => lines[n - 1]!.trim() !== '' && body.some(([a, b]) => n >= a && n <= b));
        expect(storyLines(text)).toEqual(expected);
      });
    }
  }
});
