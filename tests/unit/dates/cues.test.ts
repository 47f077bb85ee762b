// The tense cues that decide between a past and a future reading of a bare weekday or a
// year-less date: the future prefix سـ by shape (with the nouns that look like it), perfective
// verbs of news reports, clause boundaries, `على أن`.

import { describe, expect, it } from 'vitest';
import { hasFutureShape, leanBefore } from '../../../lib/dates/cues';
import { makeDoc } from '../../../lib/extract/document';
import { normaliseString } from '../../../lib/text/normalise';
import { datesIn } from './dates';

const shape = (w: string) => hasFutureShape(normaliseString(w));

function leanAt(text: string, word: string) {
  const doc = makeDoc(text);
  const i = doc.tokens.findIndex((t) => t.text === normaliseString(word));
  expect(i).toBeGreaterThan(0);
  return leanBefore(doc.tokens, doc.norm.text, i);
}

describe('tense cues', () => {
  it('recognises future verbs by their prefix', () => {
    for (const w of [
      'سيلتقي',
      'سيجريان',
      'سيكون',
      'سيتم',
      'وسيزور',
      'ستعقد',
      'سترسل',
      'سنتابع',
      'سندعم',
      'سيطرح',
      'سيفتتح',
    ]) {
      expect(shape(w), w).toBe(true);
    }
  });

  it('does not take nouns and names that look like future verbs', () => {
    for (const w of [
      'سياسة',
      'سيارة',
      'سيادة',
      'سيد',
      'سيطرة',
      'سيول',
      'سيرغي',
      'ستة',
      'سنة',
      'سنوات',
      'سندات',
      'سيما',
      'سنغافورة',
      'سيتشوان',
      'سيان',
      'سيفاستوبول',
    ]) {
      expect(shape(w), w).toBe(false);
    }
  });

  it('reads a past event in a province whose name looks like a future verb as past (Xinhua, 2008)', () => {
    expect(
      datesIn('وقدم تعازيه في ضحايا الزلزال الذي ضرب مقاطعة سيتشوان بجنوب غربي الصين في 12 مايو.', '2008-05-23'),
    ).toEqual([['12 مايو', '2008-05-12']]);
  });

  it('takes the nearest cue in the clause and stops at its boundary', () => {
    expect(leanAt('وسيتم عقد القمة يوم الجمعة', 'يوم')).toBe('future');
    expect(leanAt('التقى الرئيسان يوم الجمعة', 'يوم')).toBe('past');
    expect(leanAt('وكان الرئيسان قد التقيا في 17 أكتوبر', '17')).toBe('past');
    expect(leanAt('أعلن الكرملين أن بوتين في الصين يوم الجمعة', 'يوم')).toBeNull();
    // The imperfect of an event verb announces (`words-tense.ts`), past the perfective before أن.
    expect(leanAt('أعلن الكرملين أن بوتين يزور الصين يوم الجمعة', 'يوم')).toBe('future');
    expect(leanAt('على أن تجري المحادثات الرسمية يوم الثلاثاء', 'يوم')).toBe('future');
    expect(leanAt('ومن المقرر أن يلتقي شي يوم الأربعاء', 'يوم')).toBe('future');
    expect(leanAt('سيزور الصين. التقى الرئيسان يوم الجمعة', 'يوم')).toBe('past');
  });

  it('does not look across a sentence or a line', () => {
    expect(leanAt('سيزور الرئيس الصين. وفي يوم الجمعة', 'يوم')).toBeNull();
    expect(leanAt('سيزور الرئيس الصين\nيوم الجمعة', 'يوم')).toBeNull();
  });
});

describe('a date after حتى (until)', () => {
  it('ends something under way: still to come', () => {
    expect(leanAt('على هامش قمة بريكس التي تستضيفها مدينة قازان حتى الخميس بمشاركة 36 دولة', 'الخميس')).toBe('future');
    expect(leanAt('ويبقى الرئيس في موسكو وحتى الجمعة', 'الجمعة')).toBe('future');
  });

  it('unless the clause tells it as past', () => {
    expect(leanAt('واستمرت المحادثات حتى الخميس', 'الخميس')).toBe('past');
  });
});

describe('a perfective with its object pronoun', () => {
  it('is past (`بدأها الأحد` after the imperfects of a visit under way)', () => {
    expect(leanAt('ويقوم بوتين بزيارة إلى الصين تستمر أربعة أيام، بدأها الأحد بالمشاركة في القمة', 'الأحد')).toBe(
      'past',
    );
    expect(leanAt('وكانت محادثات أجراهما الأحد في بكين', 'الأحد')).toBe('past');
  });

  it('but a noun whose ة folds to ه is not (`نقلة نوعية`)', () => {
    expect(leanAt('في نقلة الأحد', 'الأحد')).not.toBe('past');
  });
});

describe('تلقى (he received) is no imperfect of ألقى once ى is folded', () => {
  it('a call received on Friday took place', () => {
    expect(leanAt('تلقى الرئيس الصيني شي جين بينغ يوم الجمعة مكالمة هاتفية', 'الجمعة')).not.toBe('future');
    expect(leanAt('ويلقي الرئيس كلمة يوم الجمعة', 'الجمعة')).toBe('future');
  });
});

describe('a bare weekday after a day to come', () => {
  const at = (text: string) => datesIn(text, '2025-09-01');
  it('is to come when it continues the clause of that day', () => {
    expect(
      at(
        'ومن المقرر أن يتوجه بوتين إلى بكين لإجراء محادثات مع شي، غدا الثلاثاء، قبل حضور العرض العسكري الكبير الأربعاء.',
      ),
    ).toEqual([
      ['غدا الثلاثاء', '2025-09-02'],
      ['الأربعاء', '2025-09-03'],
    ]);
    expect(at('وتبدأ القمة في 4 سبتمبر، وتختتم أعمالها الأحد')).toContainEqual(['الأحد', '2025-09-07']);
  });

  it('stays past across a sentence end, a clause break, a past cue or `بعد`', () => {
    expect(at('يصل الرئيس غدا الثلاثاء. والتقى وزير الخارجية نظيره الأحد.')).toContainEqual(['الأحد', '2025-08-31']);
    expect(at('يصل الرئيس غدا الثلاثاء، وكان قد التقى نظيره الأحد.')).toContainEqual(['الأحد', '2025-08-31']);
    expect(at('تنطلق القمة غدا الثلاثاء في المدينة التي استقبلت الوفود الأحد.')).toContainEqual([
      'الأحد',
      '2025-08-31',
    ]);
    expect(at('المعرض غدا الثلاثاء، عقب افتتاح الجناح الأحد.')).toContainEqual(['الأحد', '2025-08-31']);
    expect(at('التقى الرئيسان أمس الأحد في موسكو قبل مأدبة عشاء الخميس.')).toContainEqual(['الخميس', '2025-08-28']);
  });
});
