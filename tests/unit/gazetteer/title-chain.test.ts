// A title, then more of the same person's titles, then the name: every title stands before the name.

import { describe, expect, it } from 'vitest';
import { pairs } from './found';

describe('titles chained before a name', () => {
  it('a second title (a head and its words) between the first title and its holder', () => {
    expect(
      pairs(
        'التقى الرئيس الصيني شي جين بينغ اليوم في بكين نائب رئيس مجلس الأمن الروسي رئيس حزب روسيا الموحدة دميتري ميدفيديف',
      ),
    ).toEqual(['xi:شي جين بينغ', 'beijing:بكين', 'medvedev:دميتري ميدفيديف']);
    expect(pairs('نائب رئيس مجلس الأمن الروسي، رئيس حزب روسيا الموحدة، دميتري ميدفيديف')).toEqual([
      'medvedev:دميتري ميدفيديف',
    ]);
  });

  it('another person after the titles: the first title stays', () => {
    expect(pairs('استقبل الرئيس الروسي رئيس الوزراء الهندي ناريندرا مودي')).toEqual([
      'putin:الرئيس الروسي (title)',
      'modi:ناريندرا مودي',
    ]);
    expect(pairs('استقبل الرئيس الروسي رئيس حزب المؤتمر الهندي راهول غاندي')[0]).toBe('putin:الرئيس الروسي (title)');
  });

  it('a clause between the titles and the name: the first title stays', () => {
    expect(pairs('قال الرئيس الروسي رئيس البلاد إن بوتين')).toEqual(['putin:الرئيس الروسي (title)', 'putin:بوتين']);
    expect(pairs('التقى الرئيس الروسي رئيس الوفد في موسكو بوتين')).toContain('putin:الرئيس الروسي (title)');
  });
});

describe('what a host holds or gives after a title is no name', () => {
  it('a banquet, a dinner, a gift or an order after `الرئيس الروسي`', () => {
    expect(pairs('ثم يقيم الرئيس الروسي مأدبة رسمية على شرف ضيفه')).toEqual(['putin:الرئيس الروسي (title)']);
    expect(pairs('وأقام الرئيس الصيني وليمة عشاء لضيفه')).toEqual(['xi:الرئيس الصيني (title)']);
    expect(pairs('وقدم الرئيس الصيني هدية تذكارية لنظيره')).toEqual(['xi:الرئيس الصيني (title)']);
  });

  it('while a name that is such a word too stays a name (`وسام`)', () => {
    expect(pairs('وقال وزير الداخلية اللبناني وسام مولوي إن')).toEqual(['mului:وسام مولوي']);
  });
});

describe('a verb and its object after a title are no name', () => {
  it('`الرئيس الصيني يولي أهمية كبيرة`', () => {
    expect(pairs('وأضاف أن الرئيس الصيني يولي أهمية كبيرة لتطوير العلاقات')).toEqual(['xi:الرئيس الصيني (title)']);
    expect(pairs('وقال إن الرئيس الروسي يولي اهتماما خاصا بالملف')).toEqual(['putin:الرئيس الروسي (title)']);
  });
});

describe('what a title is congratulated on is no name', () => {
  it('`هنأ … نظيره الصيني بإعادة انتخابه`', () => {
    expect(pairs('وهنأ الرئيس الروسي الرئيس الصيني بإعادة انتخابه لولاية ثالثة')).toEqual([
      'putin:الرئيس الروسي (title)',
      'xi:الرئيس الصيني (title)',
    ]);
  });
});

describe('an honorific between a title and the name', () => {
  it('`آية الله` is no name of its own', () => {
    expect(pairs('ومن بينهم رئيس الجمهورية الإسلامية الإيرانية آية الله السيد إبراهيم رئيسي')).toEqual([
      'raisi:إبراهيم رئيسي',
    ]);
  });
});
