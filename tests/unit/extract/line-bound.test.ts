// A mention lies on one line: a print or AMP view with hard line breaks inside sentences splits
// names, figures and dates across lines, and a match across the break is read again line by line
// (line-bound.ts). Mentions within a line are as before.

import { describe, expect, it } from 'vitest';
import { extract } from '../../../lib/extract/extract';

const lines = (...l: string[]) => l.join('\n');

/** The mentions as `line:type:text`, 1-based lines. */
function found(text: string, published: string): string[] {
  return extract(text, { published }).mentions.map(
    (m) => `${text.slice(0, m.start).split('\n').length}:${m.type}:${m.text}`,
  );
}

const HEAD = 'بوتين وشي يلتقيان في أستانا على هامش قمة شنغهاي';

describe('a print view with hard line breaks inside sentences', () => {
  const text = lines(
    HEAD,
    'التقى الرئيس الروسي فلاديمير',
    'بوتين نظيره الصيني شي جين بينغ اليوم الأربعاء في العاصمة الكازاخية',
    'أستانا، على هامش قمة منظمة شنغهاي للتعاون، ومن المنتظر أن تنضم بيلاروسيا رسميا إلى المنظمة لتصبح العضو',
    'العاشر فيها.',
    'ومن المقرر أن تستضيف روسيا قمة مجموعة بريكس في مدينة قازان في أكتوبر/تشرين',
    'الأول المقبل، وقد وجه بوتين دعوة إلى شي لحضورها، كما التقى الرئيس الكازاخي قاسم جومرت',
    'توكاييف في إطار زيارة دولة.',
  );
  const got = found(text, '2024-07-03');

  it('never gives a mention across a line break', () => {
    expect(got.filter((m) => m.includes('\n'))).toEqual([]);
  });

  it('finds the surname on the line it stands on', () => {
    expect(got).toContain('3:leader:بوتين');
    expect(got).toContain('8:leader:توكاييف');
  });

  it('keeps the month on its own line, valued as before', () => {
    const date = extract(text, { published: '2024-07-03' }).mentions.find((m) => m.text.startsWith('أكتوبر'));
    expect(date?.value).toBe('2024-10');
    expect(got.some((m) => m.startsWith('7:date'))).toBe(false);
  });
});

describe('mentions within a line are untouched', () => {
  it('a full name and a figure on one line', () => {
    const got = found(
      lines(HEAD, 'التقى الرئيس الروسي فلاديمير بوتين نظيره الصيني شي جين بينغ، وبلغ حجم التبادل 240 مليار دولار.'),
      '2024-07-03',
    );
    expect(got).toEqual(expect.arrayContaining(['2:leader:فلاديمير بوتين', '2:figure:240 مليار دولار']));
  });

  it('a word ending a paragraph and one opening the next are no name', () => {
    const got = found(
      lines(
        HEAD,
        'بحث الرئيسان الروسي فلاديمير بوتين والصيني شي جين بينغ العلاقات الثنائية خلال اتصال أجرياه هاتفيا',
        '',
        'ومن جانبه أكد شي أن العلاقات بين البلدين في أفضل حالاتها.',
      ),
      '2024-07-03',
    );
    expect(got.filter((m) => m.includes('هاتفيا'))).toEqual([]);
  });
});
