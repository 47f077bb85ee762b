// The page's top above the headline (site name, section, menu) on small made-up pages.

import { describe, expect, it } from 'vitest';
import { findMainStory } from '../../../lib/extract/body';
import { makeDoc } from '../../../lib/extract/document';
import { firstStoryLine, HEADLINE, PROSE } from './story-lines';

describe('page top above the headline', () => {
  it.each([
    ['a Latin brand with its Arabic name', 'Qanat News | قناة الأخبار'],
    ['a two-word site name', 'المشهد الجنوبي'],
    ['a one-word section', 'عالم'],
    ['a menu', 'الرئيسية | سياسة | اقتصاد | رياضة | أولمبياد 2022'],
    ['a breadcrumb', 'سياسة / تقارير وتحليلات'],
  ])('leaves out %s', (_, top) => {
    const first = firstStoryLine(`${top}\n${HEADLINE}\n\n${PROSE}\n${PROSE}`);
    expect(first).toBe(makeDoc(HEADLINE).norm.text);
  });

  it('keeps a date line between the site and the headline', () => {
    const doc = makeDoc(`صحيفة المساء\n2025/02/25 - 11:30\n${HEADLINE}\n${PROSE}\n${PROSE}`);
    const lines = findMainStory(doc).lines.map(([a, b]) => doc.norm.text.slice(a, b));
    expect(lines[0]).toContain('2025');
  });

  it('keeps a short headline when no longer line stands above the first paragraph', () => {
    expect(firstStoryLine(`قمة بكين\n\n${PROSE}\n${PROSE}`)).toBe(makeDoc('قمة بكين').norm.text);
  });
});
