// The grammar's matches are remembered from the scan of a page's top for the scan of its story
// (`parse-memo.ts`): the story's dates must be exactly those a scan of the story alone finds,
// including where a line of the top is followed by other tokens in the story.

import { describe, expect, it } from 'vitest';
import { rememberedParses } from '../../../lib/dates/parse-memo';
import { scanDates } from '../../../lib/dates/scan';
import { makeDoc } from '../../../lib/extract/document';
import { tokenRuns, tokenTable } from '../../../lib/text/tokens';

const REF = { y: 2023, m: 5, d: 10 };

/** The story's dates as `[from, to, value]`, the scan of its first `lines` lines run first or not. */
function storyDates(text: string, lines: number | null): Array<[number, number, string | null]> {
  const doc = makeDoc(text);
  const remembered = rememberedParses(doc.norm);
  if (lines !== null) {
    const { line } = tokenTable(doc.tokens, doc.norm.text);
    let end = 0;
    while (end < doc.tokens.length && (line[end] as number) < lines) end++;
    scanDates(tokenRuns(doc.tokens, [[0, end]]), doc.norm.text, null, false, null, remembered);
  }
  return scanDates(doc.tokens, doc.norm.text, REF, false, null, remembered).map((f) => [
    f.match.from,
    f.match.to,
    f.value.value,
  ]);
}

describe('dates remembered from the scan of the top', () => {
  it('gives the story scan what a scan of the story alone gives', () => {
    const text =
      'موسكو في 9 مايو 2023 (سبوتنيك)\nالتقى الرئيسان أمس في الكرملين، بعد قمة 21 مارس 2023، وقبل زيارة في أكتوبر المقبل.\nوكان الاتصال الأخير يوم الثلاثاء الماضي.';
    const alone = storyDates(text, null);
    expect(alone.length).toBeGreaterThanOrEqual(5);
    for (const lines of [1, 2, 3]) expect(storyDates(text, lines)).toEqual(alone);
  });

  it('reads a line again when the story follows it with other tokens than the top did', () => {
    // In the top, `2022` ends the text: the year of a summit. In the story a counted noun follows
    // on the next line (`2022 جندي` counts soldiers), and the year is judged again there.
    const text = 'وقال المتحدث إن الاتفاق وقع في قمة سمرقند 2022\nجندي شاركوا في العرض يوم 9 مايو 2023.';
    const alone = storyDates(text, null);
    const top = makeDoc(text);
    expect(storyDates(text, 1)).toEqual(alone);
    expect(storyDates(text, 2)).toEqual(alone);
    // The top alone reads its last line's year differently, so the story must not reuse it.
    const { line } = tokenTable(top.tokens, top.norm.text);
    const end = [...line].findIndex((l) => l > 0);
    const topOnly = scanDates(tokenRuns(top.tokens, [[0, end]]), top.norm.text, REF).map((f) => f.match.from);
    const storyFirstLine = alone.filter(([from]) => from < end).map(([from]) => from);
    expect(topOnly).not.toEqual(storyFirstLine);
  });
});
