// The story's date scan takes what the dateline reader's grammar read on the same lines: the
// dates found are those of a scan that parses everything again, whatever part of the page the
// story keeps.

import { describe, expect, it } from 'vitest';
import { findDates, findPublishedDate } from '../../../lib/dates';
import { ParseLog } from '../../../lib/dates/parse-log';
import { datelineParses } from '../../../lib/dates/published-date';
import { makeDoc } from '../../../lib/extract/document';
import { tokenRuns, tokenTable } from '../../../lib/text/tokens';

const page = [
  'الرئيسية | أخبار',
  'موسكو في 5 مايو/أيار 2024 (وام) -- التقى الرئيس بوتين نظيره يوم الخميس 2 مايو، وسيزور بكين في 16 مايو.',
  'وكان الرئيسان قد التقيا في 22 مارس 2023، ثم في 18 أكتوبر من العام نفسه.',
  'الساعة 16 : 30 بتوقيت موسكو، أمس الأحد.',
].join('\n');

describe('the dateline reader’s parses in the story’s scan', () => {
  it('are logged by the dateline reader', () => {
    const doc = makeDoc(page);
    expect(datelineParses(doc)).toBeNull();
    expect(findPublishedDate(doc)).toBe('2024-05-05');
    expect(datelineParses(doc)).toBeInstanceOf(ParseLog);
  });

  it('give the dates of a fresh scan, for any part of the page kept as story', () => {
    const doc = makeDoc(page);
    const published = findPublishedDate(doc);
    const n = doc.tokens.length;
    // The whole page, whole lines, and runs that cut lines in the middle.
    const parts: Array<Array<[number, number]>> = [
      [[0, n]],
      [[4, n]],
      [[0, 20]],
      [
        [6, 30],
        [34, n],
      ],
      [[10, n - 3]],
    ];
    for (const runs of parts) {
      const tokens = tokenRuns(doc.tokens, runs);
      for (const ref of [published, null, '2023-01-10']) {
        const fresh = findDates({ ...makeDoc(page), tokens }, ref);
        expect(findDates({ ...doc, tokens }, ref)).toEqual(fresh);
      }
    }
  });

  it('are taken only where the logged list holds the same line and the tokens after it', () => {
    const doc = makeDoc(page);
    findPublishedDate(doc);
    const log = datelineParses(doc) as ParseLog;
    const all = doc.tokens;
    const { line } = tokenTable(all);
    const lineEnd = line.indexOf(1);
    expect(log.shiftFor(all, 0, lineEnd)).toBe(0);
    // The first line cut short, or the page cut right after it: not the same reading.
    expect(log.shiftFor(all, 0, lineEnd - 1)).toBe(-1);
    expect(log.shiftFor(tokenRuns(all, [[0, lineEnd]]), 0, lineEnd)).toBe(-1);
  });
});
