// Shared by the body tests: a paragraph of plain agency prose, a headline, and the first line
// findMainStory keeps (on the normalised text).

import { findMainStory } from '../../../lib/extract/body';
import { makeDoc } from '../../../lib/extract/document';

export const PROSE =
  'وأكد المتحدث أن الجانبين بحثا سبل تعزيز التعاون في مجالات الطاقة والتجارة والنقل، وأن المحادثات جرت في أجواء إيجابية وبناءة.';
export const HEADLINE = 'الرئيس الروسي يصل إلى العاصمة الصينية في زيارة دولة';

export function firstStoryLine(text: string): string {
  const doc = makeDoc(text);
  const [a, b] = findMainStory(doc).lines[0] ?? [0, 0];
  return doc.norm.text.slice(a, b);
}

/** The story's lines as findMainStory keeps them (on the normalised text). */
export function storyLines(text: string): string[] {
  const doc = makeDoc(text);
  return findMainStory(doc).lines.map(([a, b]) => doc.norm.text.slice(a, b));
}
