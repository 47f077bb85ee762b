// The rule the fixture-page browser test compares painted highlights with a page's expectations by
// (tests/browser/page-expectations.ts): the corpus scorer's containment, in document order, each
// expected text matched once, nothing else painted — and strict about words. (A range that runs on
// into part of the next word is the other half's to catch: the browser test also checks that every
// highlight is exactly the text of a mention the engine reported.)

import { describe, expect, it } from 'vitest';
import type { HighlightTexts } from '../../browser/harness/page-report';
import { compareHighlights, sameMention } from '../../browser/page-expectations';

const texts = (partial: Partial<HighlightTexts>): HighlightTexts => ({
  leader: [],
  venue: [],
  date: [],
  figure: [],
  ...partial,
});

describe('fixture-page highlight comparison', () => {
  it('accepts a span that holds the expected words or lies inside them, as the corpus scorer does', () => {
    expect(sameMention('القمة الرابعة والعشرين', 'الرابعة والعشرين')).toBe(true);
    expect(sameMention('موسكو', 'حديقة الحيوانات في موسكو')).toBe(true);
    expect(sameMention('10\u00a0مليارات دولار', '10\u00a0مليارات دولار')).toBe(true);
    expect(
      compareHighlights(
        texts({ figure: ['القمة الرابعة والعشرين', 'ثاني لقاء'], date: ['من 7 إلى 23 فيفري الجاري'] }),
        texts({ figure: ['الرابعة والعشرين'], date: ['7 إلى 23 فيفري الجاري'] }),
        ['ثاني'],
      ),
    ).toEqual({ missing: [], unexpected: [] });
  });

  it('refuses a range that cuts a word or takes a letter of the next one', () => {
    expect(sameMention('وتي', 'بوتين')).toBe(false);
    expect(sameMention('وبوتين', 'بوتين')).toBe(false);
    expect(compareHighlights(texts({ leader: ['بوتي'] }), texts({ leader: ['بوتين'] }))).toEqual({
      missing: ['leader: بوتين'],
      unexpected: ['leader: بوتي'],
    });
  });

  it('matches each expected text once, by kind, and reports anything more', () => {
    // A second بوتين (say, in the sidebar) has no expected text left to match.
    expect(compareHighlights(texts({ leader: ['بوتين', 'بوتين'] }), texts({ leader: ['بوتين'] }))).toEqual({
      missing: [],
      unexpected: ['leader: بوتين'],
    });
    expect(compareHighlights(texts({ venue: ['بوتين'] }), texts({ leader: ['بوتين'] }))).toEqual({
      missing: ['leader: بوتين'],
      unexpected: ['venue: بوتين'],
    });
    // An optional text is used up by one highlight.
    expect(compareHighlights(texts({ figure: ['أول زيارة', 'أول قمة'] }), texts({}), ['أول'])).toEqual({
      missing: [],
      unexpected: ['figure: أول قمة'],
    });
  });
});
