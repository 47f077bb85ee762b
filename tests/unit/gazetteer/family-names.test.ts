// A Chinese, Korean or Vietnamese surname alone, once its bearer has been named in full: the
// press's second reference (`وقال وانغ`, `وأضاف كيم`).

import { describe, expect, it } from 'vitest';
import { pairs } from './found';

/** The people found: titles and places left out. */
const leaders = (text: string) =>
  pairs(text).filter((p) => !p.endsWith('(title)') && !['vientiane:', 'beijing:'].some((v) => p.startsWith(v)));

describe('a surname alone after the full name', () => {
  it('is the person named before it (Xinhua, Sputnik, Egyptian ج)', () => {
    expect(leaders('التقى لافروف نظيره الصيني وانغ يي في فيينتيان. وقال وانغ إن العلاقات ممتازة.')).toEqual([
      'lavrov:لافروف',
      'wang-yi:وانغ يي',
      'wang-yi:وانغ',
    ]);
    expect(leaders('واستقبل بوتين كيم جونغ أون في فوستوتشني، وأكد كيم دعمه.')).toContain('kim-jong-un:كيم');
    expect(leaders('وقال وانج يى إن بكين تدعم الحوار، وأضاف وانج أن')).toEqual(['wang-yi:وانج يى', 'wang-yi:وانج']);
  });

  it('of two people of one surname, the one named last before it', () => {
    expect(leaders('التقى وانغ يي، ثم قال المتحدث وانغ ون بين في إفادة إن وانغ شدد على')).toEqual([
      'wang-yi:وانغ يي',
      'wang-wenbin:وانغ ون بين',
      'wang-wenbin:وانغ',
    ]);
  });

  it('is no one before anyone of that surname is named, and hides nothing', () => {
    expect(leaders('وقال وانغ إن العلاقات ممتازة.')).toEqual([]);
    expect(leaders('وقال وانغ إن الموقف ثابت، ثم التقى وانغ يي بلافروف.')).toEqual([
      'wang-yi:وانغ يي',
      'lavrov:لافروف',
    ]);
  });

  it('not a surname that is an everyday word (لي "for me", هو "he")', () => {
    expect(leaders('استقبل لي تشيانغ الوفد، وقال لي مسؤول إن هو الأهم')).toEqual(['li-qiang:لي تشيانغ']);
  });
});
