// Main-story segmentation: the general rules on small made-up pages, then the story `extract`
// returns for every annotated article of the repository against its gold body lines.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findMainStory } from '../../../lib/extract/body';
import { makeDoc } from '../../../lib/extract/document';
import { extract } from '../../../lib/extract/extract';
import { PROSE } from './story-lines';

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

  it('marks a seam where prose follows a marker and one headline: an appended story or the story going on', () => {
    const text = [PROSE, 'إقرأ أيضا:', 'السيسي يستقبل وفدا', PROSE, PROSE].join('\n');
    const story = findMainStory(makeDoc(text));
    expect(storyLines(text)).toEqual([1, 4, 5]);
    // The prose is the first line after the seam (appended.ts cuts there when nothing is shared).
    expect(story.seams).toEqual([{ line: 1, dateline: false, opens: true }]);
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

describe('findMainStory: page furniture around the story', () => {
  const HEAD = 'بوتين وشي يبحثان التعاون في مجال الطاقة';

  it('leaves out a ticker of headlines on one line, wherever it stands', () => {
    for (const ticker of [
      'عاجل | بوتين يصل إلى بكين في زيارة دولة | شي جين بينغ يستقبل نظيره الروسي | الكرملين: المحادثات ستتناول أوكرانيا |',
      'آخر الأخبار • أمير قطر يستقبل وزير الخارجية الإيراني • ارتفاع أسعار الذهب في الأسواق • بوتين يهنئ شي بالعيد الوطني',
    ]) {
      expect(storyLines([ticker, HEAD, PROSE, PROSE].join('\n')), ticker).toEqual([2, 3, 4]);
      expect(storyLines([HEAD, PROSE, ticker, PROSE].join('\n')), ticker).toEqual([1, 2, 4]);
    }
  });

  it('reads a news-ticker label as the start of a list', () => {
    const text = [PROSE, PROSE, 'شريط الأخبار', 'بوتين يصل إلى بكين', 'شي يستقبل ضيفه الروسي'].join('\n');
    expect(storyLines(text)).toEqual([1, 2]);
  });

  it('leaves out counters, reading times, credits, font buttons and link prompts', () => {
    for (const furniture of [
      'عدد المشاهدات: 1534',
      '1534 مشاهدة',
      'قراءة 3 دقائق',
      'وقت القراءة: 4 دقائق',
      'ترجمة: منى الأحمد',
      'تصوير - أحمد علي',
      'مصدر الصورة: رويترز',
      'A- A A+',
      'حجم الخط',
      'المزيد',
      'اضغط هنا لمشاهدة الفيديو',
      'الرئيسية / أخبار / دولي',
      'أخبار / دولي / آسيا',
    ]) {
      expect(storyLines([HEAD, furniture, PROSE, furniture, PROSE].join('\n')), furniture).toEqual([1, 3, 5]);
    }
  });

  it('leaves out a photo credit in the story and goes on reading', () => {
    expect(storyLines([HEAD, PROSE, 'الرئيسان خلال المحادثات في الكرملين', '(رويترز)', PROSE].join('\n'))).toEqual([
      1, 2, 3, 5,
    ]);
  });

  it('ends even a short story at a wire end mark, initials, an author’s note or a copyright line', () => {
    const short = 'أجرى الرئيسان اتصالا هاتفيا اليوم.';
    for (const end of [
      '(انتهى)',
      '-انتهى-',
      'ي.ع/ح.م',
      '* كاتب وباحث في العلاقات الدولية',
      '(*) أستاذ العلوم السياسية بجامعة القاهرة',
      '© 2024 جميع الحقوق محفوظة',
      'المصدر: وكالات',
    ]) {
      expect(storyLines([HEAD, short, end, PROSE].join('\n')), end).toEqual([1, 2]);
    }
  });

  it('reads an agency name alone as the source line at the top, and as a sign-off after the story', () => {
    expect(storyLines([HEAD, '(وكالات)', PROSE].join('\n'))).toEqual([1, 2, 3]);
    expect(storyLines([HEAD, 'القاهرة - أ ش أ', PROSE].join('\n'))).toEqual([1, 2, 3]);
    for (const signOff of ['-- كونا', '/وام/', '(أ ف ب)']) {
      expect(storyLines([HEAD, PROSE, signOff].join('\n')), signOff).toEqual([1, 2]);
    }
  });

  it('keeps story lines that only look like furniture', () => {
    const keep = [
      'كتب: محمد علي | الخميس 16 مايو 2024 | 10:30 ص',
      'قراءة الرئيس للأحداث كانت دقيقة، وفق ما قال مراقبون تابعوا المحادثات عن قرب.',
      'ترجمة الاتفاقية إلى اللغتين الروسية والصينية استغرقت أسابيع، بحسب المصادر.',
      'وقال المتحدث: "المحادثات كانت بناءة | ومفيدة"، مضيفا أن الجانبين اتفقا على مواصلة الحوار.',
    ];
    for (const line of keep) expect(storyLines([HEAD, line, PROSE].join('\n')), line).toEqual([1, 2, 3]);
  });
});

/** The 1-based numbers of the lines (wholly or partly) in the story `extract` returns. */
function extractedStoryLines(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  const out = new Set<number>();
  for (const [a, b] of extract(text).body) {
    starts.forEach((s, i) => {
      const e = (starts[i + 1] ?? text.length + 1) - 1;
      if (s < b && e > a && text.slice(s, e).trim() !== '') out.add(i + 1);
    });
  }
  return [...out];
}

// The story the extraction returns: the segmentation, then an appended story cut off once its
// people and places are known (appended.ts).
describe('the story of the annotated articles', () => {
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
        expect(extractedStoryLines(text)).toEqual(expected);
      });
    }
  }
});
