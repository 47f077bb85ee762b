// A cookie-consent banner (Arabic, French, English) is page furniture wherever it stands, so the
// headline under one at the top is still the headline; a report of cookies (a fine, a rule) is
// story. A live page's invitation to read on (`تابعوا معنا … لحظة بلحظة:`, or closing its lead) over clock-stamped
// entries does not end the story the way a follow prompt under it does. French labels of
// francophone Maghrebi sites (`Lire aussi`, `Commentaires (3)`) open lists and close the story.

import { describe, expect, it } from 'vitest';
import { findMainStory } from '../../../lib/extract/body';
import { makeDoc } from '../../../lib/extract/document';
import { normaliseString } from '../../../lib/text/normalise';
import { firstStoryLine, HEADLINE, PROSE } from './story-lines';

/** The 1-based numbers of the lines findMainStory keeps. */
function storyLines(...lines: string[]): number[] {
  const doc = makeDoc(lines.join('\n'));
  return findMainStory(doc).lines.map(([a]) => doc.norm.text.slice(0, a).split('\n').length);
}

const ENTRY =
  'وصل الرئيس الروسي فلاديمير بوتين إلى قاعة الشعب الكبرى حيث كان في استقباله الرئيس الصيني شي جين بينغ، وعزف النشيدان الوطنيان للبلدين.';

describe('a cookie-consent banner', () => {
  it.each([
    [
      'Arabic, with buttons under it (Sputnik)',
      'نحن نستخدم ملفات تعريف الارتباط (الكوكيز) لتحسين تجربتك على موقعنا. يمكنك معرفة المزيد في سياسة الخصوصية.\nقبول الكل | الإعدادات',
    ],
    [
      'Arabic, with its button on the line (RT)',
      'يستخدم موقعنا ملفات تعريف الارتباط لتحسين تجربتك. بمواصلة التصفح فإنك توافق على سياسة الخصوصية. موافق',
    ],
    [
      'French (Le360)',
      'Ce site utilise des cookies. En poursuivant votre navigation, vous acceptez leur utilisation. OK',
    ],
    ['English', 'We use cookies to give you the best experience on our website. Accept all'],
    ['Gulf wording', 'باستخدامك لهذا الموقع فإنك توافق على استخدام ملفات الارتباط.'],
  ])('is left out above the headline: %s', (_, banner) => {
    expect(firstStoryLine(`${banner}\n${HEADLINE}\n${PROSE}\n${PROSE}`)).toBe(normaliseString(HEADLINE));
  });

  it('is left out inside the story, which goes on after it', () => {
    const banner = 'يستخدم هذا الموقع ملفات تعريف الارتباط (الكوكيز). موافق';
    expect(storyLines(HEADLINE, PROSE, banner, PROSE)).toEqual([1, 2, 4]);
  });

  it.each([
    'فرضت اللجنة الوطنية للمعلوماتية والحريات في فرنسا غرامة على غوغل بسبب ملفات تعريف الارتباط التي تفرضها على المستخدمين.',
    'وأكدت الهيئة أن على المواقع أن تتيح رفض الكوكيز بسهولة قبولها نفسها، وأن التوافق الأوروبي على القواعد الجديدة قريب.',
    'وتنص سياسة الخصوصية الجديدة للشركة على جمع ملفات تعريف الارتباط من أجهزة المستخدمين في أوروبا.',
  ])('a report of cookies stays story: %s', (para) => {
    expect(storyLines(HEADLINE, PROSE, para, PROSE)).toEqual([1, 2, 3, 4]);
  });
});

describe('a live page with clock-stamped entries', () => {
  it('reads on past its invitation and its clock lines, leaving out a read-more line between entries', () => {
    expect(
      storyLines(
        HEADLINE,
        PROSE,
        PROSE,
        'تابعوا معنا تفاصيل الزيارة لحظة بلحظة:',
        '05:31',
        ENTRY,
        'اقرأ المزيد: بيسكوف: برنامج الزيارة سيكون مكثفا للغاية',
        '07:10',
        PROSE,
        '9:02 م',
        ENTRY,
        'المصدر: وكالات',
        'تابعوا آخر الأخبار على تلغرام',
      ),
    ).toEqual([1, 2, 3, 5, 6, 9, 10, 11]);
  });

  it('reads on past an invitation closing the lead, a share prompt and a clock with its time zone (France 24)', () => {
    expect(
      storyLines(
        HEADLINE,
        `${PROSE} تابعوا آخر التطورات في صفحتنا المباشرة.`,
        'شارك على :',
        '15:40 (بتوقيت باريس)',
        ENTRY,
        '14:55',
        PROSE,
      ),
    ).toEqual([1, 2, 4, 5, 6, 7]);
  });

  it.each([
    ['an invitation closing a paragraph over prose', [`${PROSE} تابعوا آخر التطورات في صفحتنا.`, PROSE]],
    ['a clock with a long tail', [`${PROSE} تابعوا آخر التطورات.`, '15:40 بتوقيت مدينة باريس الفرنسية', ENTRY]],
  ])('ends the story at the invitation otherwise: %s', (_, tail) => {
    expect(storyLines(HEADLINE, PROSE, ...(tail as string[]))).toEqual([1, 2, 3]);
  });

  it.each([
    ['a follow prompt over prose', ['تابعونا على تلغرام', PROSE]],
    ['a follow prompt over a time and a short line', ['تابعوا RT على تلغرام', '12:30', 'فيديو لحظة الوصول']],
    ['a comments label over a timed comment', ['التعليقات', '10:45', PROSE]],
    ['a follow prompt over a full date', ['تابعوا معنا آخر الأخبار', '16.05.2024', PROSE]],
  ])('still ends the story: %s', (_, tail) => {
    expect(storyLines(HEADLINE, PROSE, PROSE, ...(tail as string[]))).toEqual([1, 2, 3]);
  });
});

describe('French labels on an Arabic page', () => {
  it('opens a list at Lire aussi and ends the story at Partager and Commentaires', () => {
    expect(
      storyLines(
        HEADLINE,
        PROSE,
        ENTRY,
        'Lire aussi',
        'بوتين يستقبل ويتكوف في الكرملين',
        'Trump-Poutine : un sommet en Alaska ?',
        'Partager : Facebook | X | WhatsApp',
        'Commentaires (3)',
        PROSE,
      ),
    ).toEqual([1, 2, 3]);
  });
});
