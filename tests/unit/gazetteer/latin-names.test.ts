// Names in Latin letters inside Arabic copy, from the data's English names (`latin-names.ts`).

import { describe, expect, it } from 'vitest';
import { LEADERS } from '../../../lib/gazetteer/data/leaders';
import { VENUES } from '../../../lib/gazetteer/data/venues';
import { latinNames } from '../../../lib/gazetteer/latin-names';
import { pairs } from './found';

describe('Latin names in Arabic copy', () => {
  it('a full English name after a title or in brackets after the Arabic name', () => {
    expect(pairs('رئيس الوزراء الصيني Li Qiang يلتقي بوتين في الكرملين')).toContain('li-qiang:Li Qiang');
    expect(
      pairs('عقد رئيس الوزراء الروسي ميخائيل ميشوستين (Mikhail Mishustin) ونظيره الصيني لي تشيانغ في موسكو'),
    ).toEqual(['mishustin:ميخائيل ميشوستين', 'mishustin:Mikhail Mishustin', 'li-qiang:لي تشيانغ', 'moscow:موسكو']);
  });

  it('an English paragraph: surnames and one-word cities once named in the text', () => {
    const text =
      'التقى ميشوستين لي تشيانغ في موسكو بعد زيارة بوتين إلى بكين.\n"Russia and China pledged closer ties, with Li Qiang telling Mishustin that Beijing is ready," Bloomberg reported.';
    expect(pairs(text)).toEqual([
      'mishustin:ميشوستين',
      'li-qiang:لي تشيانغ',
      'moscow:موسكو',
      'putin:بوتين',
      'beijing:بكين',
      'li-qiang:Li Qiang',
      'mishustin:Mishustin',
      'beijing:Beijing',
    ]);
  });

  it('accented names in their plain form too; multi-word venues alone', () => {
    expect(pairs('وقال الرئيس التركي رجب طيب أردوغان (Recep Tayyip Erdogan) إن …')).toContain(
      'erdogan:Recep Tayyip Erdogan',
    );
    expect(pairs('احتفالات في Red Square بموسكو')).toContain('red-square:Red Square');
  });

  it('one word alone needs its entity named in the text', () => {
    // Nobody named: `Putin`, `Beijing` alone are not enough.
    expect(pairs('"Putin will travel to Beijing," the report said.')).toEqual([]);
  });

  it('a word must be capitalised in the original', () => {
    expect(pairs('زار بوتين بكين. the putin of beijing')).toEqual(['putin:بوتين', 'beijing:بكين']);
  });

  it('months, weekdays and words two people share are never names alone', () => {
    // Theresa May named: `in May` is still the month.
    expect(pairs('التقت تيريزا ماي (Theresa May) شي جين بينغ in May 2018')).toEqual([
      'may:تيريزا ماي',
      'may:Theresa May',
      'xi:شي جين بينغ',
    ]);
    // `Li`: Li Qiang, Li Keqiang, Li Peng…
    expect(pairs('التقى لي تشيانغ بوتين. Li said the talks went well.')).toEqual(['li-qiang:لي تشيانغ', 'putin:بوتين']);
    const singles = latinNames(LEADERS, VENUES)
      .filter((n) => n.needs)
      .map((n) => n.phrase);
    for (const w of ['May', 'Li', 'Wang', 'King', 'Wednesday']) expect(singles).not.toContain(w);
    for (const w of ['Putin', 'Xi', 'Mishustin', 'Lavrov', 'Beijing', 'Moscow']) expect(singles).toContain(w);
  });
});
