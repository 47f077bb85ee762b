// The page-top rule (body-top) on the shapes a real page top takes and on the ones it must leave
// alone: a short real headline over a longer standfirst, a written date line (weekday, month name,
// Hijri and Gregorian) above or below the headline, a site name, a section, a menu. Tested on the
// pure function and through findMainStory / extract on short made-up pages.

import { describe, expect, it } from 'vitest';
import { isMenu, pageTopLines, type TopLine } from '../../../lib/extract/body-top';
import { makeDoc } from '../../../lib/extract/document';
import { extract } from '../../../lib/extract/extract';
import { storyLines } from './story-lines';

const PROSE =
  'أجرى الرئيس الروسي فلاديمير بوتين اليوم الثلاثاء اتصالا هاتفيا مع نظيره الصيني شي جين بينغ، بحثا خلاله العلاقات الثنائية والأزمة الأوكرانية وسبل تعزيز التعاون الاقتصادي.';
const PROSE2 =
  'وقال الكرملين في بيان إن الرئيسين أكدا متانة الشراكة الشاملة بين البلدين، واتفقا على مواصلة الاتصالات على كل المستويات خلال الفترة المقبلة.';
const HEADLINE = 'بوتين وشي يبحثان هاتفيا العلاقات الثنائية والأزمة الأوكرانية';
const STANDFIRST = 'الرئيسان يبحثان العلاقات الثنائية والأزمة الأوكرانية وملفات الطاقة والتجارة';

const norm = (s: string) => makeDoc(s).norm.text;

const line = (words: number, extra: Partial<TopLine> = {}): TopLine => ({
  words,
  prose: false,
  dateLine: false,
  menu: false,
  ...extra,
});

describe('pageTopLines (pure)', () => {
  it('drops a short site name above the headline', () => {
    expect(pageTopLines([line(2), line(8), line(30, { prose: true })])).toBe(1);
  });

  it('keeps a three-word headline right above a longer standfirst', () => {
    expect(pageTopLines([line(3), line(10), line(30, { prose: true })])).toBe(0);
  });

  it('keeps a short headline under a site name and drops only the site name', () => {
    expect(pageTopLines([line(2), line(4), line(10), line(30, { prose: true })])).toBe(1);
  });

  it('drops a menu even when it is right above the headline', () => {
    expect(pageTopLines([line(6, { menu: true }), line(9), line(30, { prose: true })])).toBe(1);
  });

  it("drops a date line that opens the page above its name and menu (the site's today, Tunisian daily)", () => {
    const top = [line(4, { dateLine: true }), line(2), line(1), line(1), line(19), line(8, { dateLine: true })];
    expect(pageTopLines([...top, line(39, { prose: true })])).toBe(4);
  });

  it('stops at a date line: it and everything under it stay', () => {
    expect(pageTopLines([line(4, { dateLine: true }), line(2), line(9), line(30, { prose: true })])).toBe(0);
    expect(pageTopLines([line(2), line(4, { dateLine: true }), line(9), line(30, { prose: true })])).toBe(1);
  });

  it('drops nothing when no line of headline length comes before the first paragraph', () => {
    expect(pageTopLines([line(2), line(30, { prose: true })])).toBe(0);
    expect(pageTopLines([])).toBe(0);
  });

  it('but drops a menu run from the top right above a long headline read as prose', () => {
    expect(pageTopLines([line(6, { menu: true }), line(30, { prose: true }), line(40, { prose: true })])).toBe(1);
    expect(pageTopLines([line(6, { menu: true }), line(2), line(30, { prose: true })])).toBe(0);
  });
});

describe('isMenu (pure)', () => {
  const menu = (s: string) => {
    const doc = makeDoc(s);
    return isMenu(doc.tokens, 0, doc.tokens.length);
  };
  it.each(['الرئيسية | عربي ودولي | سياسة', 'أخبار > العالم > آسيا', 'سياسة / تقارير وتحليلات'])(
    'reads %s as a menu',
    (s) => {
      expect(menu(s)).toBe(true);
    },
  );
  it.each([
    'بوتين وشي يبحثان هاتفيا العلاقات الثنائية',
    'قمة بوتين وشي: اتفاقات في الطاقة والتجارة والنقل / صور',
    'روسيا والصين',
  ])('does not read %s as a menu', (s) => {
    expect(menu(s)).toBe(false);
  });
});

describe('page top through findMainStory', () => {
  it('keeps a short real headline above a longer standfirst', () => {
    const lines = storyLines(['بوتين يهاتف شي', STANDFIRST, PROSE, PROSE2].join('\n'));
    expect(lines[0]).toBe(norm('بوتين يهاتف شي'));
    expect(lines[1]).toBe(norm(STANDFIRST));
  });

  it('drops the site name but keeps the short headline under it (Levantine site)', () => {
    const lines = storyLines(['النهار العربي', 'بوتين يهاتف شي', STANDFIRST, PROSE, PROSE2].join('\n'));
    expect(lines[0]).toBe(norm('بوتين يهاتف شي'));
  });

  it.each([
    ['Levantine weekday and month', 'الثلاثاء 25 شباط 2025'],
    ['Egyptian month', 'الثلاثاء 25 فبراير 2025'],
    ['Maghrebi month', 'الثلاثاء 25 فيفري 2025'],
    ['Hijri and Gregorian with era marks', 'الثلاثاء 26 شعبان 1446 هـ الموافق 25 فبراير 2025 م'],
  ])('keeps a written date line at the very top (%s)', (_, dateline) => {
    const lines = storyLines([dateline, HEADLINE, PROSE, PROSE2].join('\n'));
    expect(lines[0]).toBe(norm(dateline));
    expect(lines[1]).toBe(norm(HEADLINE));
  });

  it('keeps the date line and drops the menu above it', () => {
    const lines = storyLines(['الرئيسية | عربي ودولي | سياسة', 'الثلاثاء 25 شباط 2025', HEADLINE, PROSE].join('\n'));
    expect(lines[0]).toBe(norm('الثلاثاء 25 شباط 2025'));
  });

  it('drops a menu that opens with the site’s domain above a headline as long as a paragraph (Xinhua)', () => {
    const long =
      'النص الكامل: البيان المشترك بين جمهورية الصين الشعبية وروسيا الاتحادية حول تعميق علاقات الشراكة الشاملة والتعاون الاستراتيجي في العصر الجديد بمناسبة الذكرى الخامسة والسبعين لإقامة العلاقات الدبلوماسية';
    const lines = storyLines(['Arabic.news.cn | الصين | العالم | الصور', long, PROSE, PROSE2].join('\n'));
    expect(lines[0]).toBe(norm(long));
  });

  it('drops a programme’s episode label above the episode’s headline (podcast page)', () => {
    const lines = storyLines(['سبوتنيك | بودكاست', 'بودكاست "حوار" - الحلقة 57', HEADLINE, PROSE, PROSE2].join('\n'));
    expect(lines[0]).toBe(norm(HEADLINE));
  });

  it('but keeps a short headline with a number that numbers no episode', () => {
    const lines = storyLines(['بوتين وشي: 200 مليار', HEADLINE, PROSE, PROSE2].join('\n'));
    expect(lines[0]).toBe(norm('بوتين وشي: 200 مليار'));
  });

  it('still drops a one-word section above a long headline', () => {
    expect(storyLines(['دولي', HEADLINE, PROSE, PROSE2].join('\n'))[0]).toBe(norm(HEADLINE));
  });

  it('does not take a short line with a year but no date words for a date line', () => {
    // `منتدى 2025` is a section or a banner: only weekdays, months and era marks make a date line.
    const lines = storyLines(['منتدى 2025', HEADLINE, PROSE, PROSE2].join('\n'));
    expect(lines[0]).toBe(norm(HEADLINE));
  });
});

describe('page top through extract', () => {
  it('dates the call by the written date line at the top', () => {
    const r = extract(['الثلاثاء 25 شباط 2025', HEADLINE, PROSE, PROSE2].join('\n'));
    expect(r.published).toBe('2025-02-25');
    expect(r.relevant).toBe(true);
    expect(r.meeting).toMatchObject({ start: '2025-02-25', kind: 'phone-call', venue: 'virtual' });
    // The date line is story: its date is a mention.
    expect(r.mentions.some((m) => m.type === 'date' && m.text.includes('شباط'))).toBe(true);
  });

  it('reads the short headline as the headline: the call is found and both leaders named there', () => {
    const r = extract(['بوتين يهاتف شي', STANDFIRST, PROSE, PROSE2].join('\n'), { published: '2025-02-25' });
    expect(r.relevant).toBe(true);
    expect(r.meeting).toMatchObject({ kind: 'phone-call', participants: ['putin', 'xi'] });
    const headlineLeaders = r.mentions.filter((m) => m.type === 'leader' && m.end <= 'بوتين يهاتف شي'.length);
    expect(headlineLeaders.map((m) => m.id)).toEqual(['putin', 'xi']);
  });
});

describe('breadcrumbs with » (folded to a quote by normalisation)', () => {
  const menu = (s: string) => {
    const doc = makeDoc(s);
    return isMenu(doc.tokens, 0, doc.tokens.length);
  };

  it.each(['الرئيسية » أخبار » العالم', 'الرئيسية » عربي ودولي » آسيا', 'أخبار « العالم « آسيا'])(
    'reads %s as a menu',
    (s) => {
      expect(menu(s)).toBe(true);
    },
  );

  it('a trail ending with the page’s title is the page’s furniture', () => {
    expect(menu('الرئيسية » أخبار العالم » بوتين وشي يبحثان العلاقات الثنائية في اتصال هاتفي')).toBe(true);
  });

  it.each([
    'بوتين وشي يوقعان بيانا مشتركا بشأن «الاستقرار الاستراتيجي العالمي» في الكرملين',
    'بوتين: «الصين شريك» و«العلاقات قوية» مع بكين',
    'روسيا | الصين | بوتين وشي يوقعان اتفاقات في الطاقة',
  ])('does not read %s as a menu (quotations cling to words; a list is no trail)', (s) => {
    expect(menu(s)).toBe(false);
  });

  it('a » breadcrumb above the headline is left out of the story', () => {
    // Seven words: without the menu reading it would pass for the headline.
    const lines = storyLines(['الرئيسية » أخبار العالم » آسيا والمحيط الهادئ', HEADLINE, PROSE, PROSE2].join('\n'));
    expect(lines[0]).toBe(norm(HEADLINE));
  });
});

describe('a source line in the byline block under the headline and its deck', () => {
  const DECK =
    'الرئيس الروسي يبحث مع نظيره الصيني عبر الهاتف العلاقات الثنائية، ويؤكد أن التعاون بين البلدين يمر بأفضل مراحله في التاريخ الحديث.';

  it('does not end the story when the date line follows it (Levantine page: headline, deck, المصدر, date)', () => {
    const lines = storyLines([HEADLINE, DECK, 'المصدر: وكالات', '30 كانون الأول 2022 13:47', PROSE, PROSE2].join('\n'));
    expect(lines).toContain(norm(PROSE));
    expect(lines).toContain(norm(PROSE2));
  });

  it('still ends it as a trailer after the story', () => {
    const lines = storyLines(
      [HEADLINE, PROSE, PROSE2, 'المصدر: وكالات', '30 كانون الأول 2022 13:47', PROSE].join('\n'),
    );
    expect(lines).toEqual([norm(HEADLINE), norm(PROSE), norm(PROSE2)]);
  });
});

describe('a related-stories marker as an item of a menu laid out one item per line', () => {
  it('does not open a list that swallows the headline (Egyptian page: الرئيسية / أخبار عاجلة / سياسة …)', () => {
    const menu = ['الرئيسية', 'أخبار عاجلة', 'سياسة', 'حوادث', 'رياضة'];
    const lines = storyLines([...menu, HEADLINE, 'الأحد، 04 سبتمبر 2016 01:42 م', PROSE, PROSE2].join('\n'));
    expect(lines[0]).toBe(norm(HEADLINE));
    expect(lines).toContain(norm(PROSE));
  });

  it('still opens a list when headlines follow it', () => {
    const lines = storyLines(
      [
        HEADLINE,
        PROSE,
        PROSE2,
        'أخبار ذات صلة',
        'لافروف يبحث مع وانغ يي الأزمة الأوكرانية في بكين',
        'بوتين يستقبل رئيس وزراء الهند في موسكو',
      ].join('\n'),
    );
    expect(lines).toEqual([norm(HEADLINE), norm(PROSE), norm(PROSE2)]);
  });
});

describe('a section label above the headline', () => {
  const page = (label: string, second: string) =>
    storyLines(
      [
        'اليوم السابع',
        label,
        'بوتين يستقبل رئيس وزراء الصين في الكرملين ويؤكد تطلعه للقاء شي',
        second,
        PROSE,
        PROSE2,
      ].join('\n'),
    );

  it('`أخبار عاجلة` over a headline and its date line labels the section: the headline stays', () => {
    expect(page('أخبار عاجلة', 'الأربعاء، 21 أغسطس 2024 05:40 م')).toContain(
      norm('بوتين يستقبل رئيس وزراء الصين في الكرملين ويؤكد تطلعه للقاء شي'),
    );
  });

  it('over headlines with no date line it still opens a list of other stories', () => {
    expect(page('أخبار عاجلة', 'الرئيس المصري يستقبل وزير الخارجية الأمريكي في القاهرة')).not.toContain(
      norm('بوتين يستقبل رئيس وزراء الصين في الكرملين ويؤكد تطلعه للقاء شي'),
    );
  });
});
