// Shapes of real pages that hid or faked a leaders' meeting, found by blind test sets of whole
// pages: a breadcrumb typed with angle quotes or arrows taken for the headline; the main photo's
// caption taking one of the lead's paragraphs, and an archive photo's caption dating the story; the
// pluperfect of a same-day report, and `في آخر اتصال` in apposition, read as earlier meetings;
// `الزعيمان` after a sentence naming the pair; a headline cut in two parts; a meeting dated long
// before the page; a capital that only acts in an envoy's reception; a print page's date line
// above the headline; a headline asking what a reported event means; a meeting word held with a
// third leader; meetings in the plural, counted or quantified (a history); a byline above the
// headline. Each rule is tested both ways
// on sentences written for the test.

import { describe, expect, it } from 'vitest';
import { isBylineSpan } from '../../../lib/extract/body';
import { isMenu } from '../../../lib/extract/body-top';
import { captionOf } from '../../../lib/extract/caption';
import { makeDoc } from '../../../lib/extract/document';
import { extract } from '../../../lib/extract/extract';
import { firstStoryLine } from './story-lines';

const lines = (...l: string[]) => l.join('\n');
const caption = (s: string) => {
  const doc = makeDoc(s);
  return captionOf(doc.norm.text, 0, doc.norm.text.length);
};
const menu = (s: string) => {
  const doc = makeDoc(s);
  return isMenu(doc.tokens, 0, doc.tokens.length);
};

describe('breadcrumbs typed with angle quotes and arrows', () => {
  it('reads › ‹ ❯ → trails as page furniture', () => {
    expect(menu('أخبار › العالم › آسيا')).toBe(true);
    expect(menu('الرئيسية ❯ سياسة ❯ دولي')).toBe(true);
    expect(menu('الرئيسية → أخبار → الصين')).toBe(true);
    expect(menu('عربي ودولي ‹ الرئيسية')).toBe(true);
  });

  it('leaves a headline with one arrow in it alone', () => {
    expect(menu('بوتين يصل إلى بكين في زيارة دولة تستمر يومين → التفاصيل الكاملة للزيارة والاتفاقات')).toBe(false);
  });

  it('does not take the trail for the headline', () => {
    const text = lines(
      'أخبار › العالم › آسيا',
      'بوتين يبدأ زيارة دولة إلى الصين تستمر يومين',
      'وصل الرئيس الروسي فلاديمير بوتين إلى بكين اليوم الخميس في زيارة دولة تستمر يومين يجري خلالها محادثات مع نظيره الصيني شي جين بينغ حول العلاقات الثنائية.',
    );
    expect(firstStoryLine(text)).toBe(makeDoc('بوتين يبدأ زيارة دولة إلى الصين تستمر يومين').norm.text);
  });
});

describe('captionOf', () => {
  it('reads lines that end on a photo credit, or place people in the picture, as captions; an archive credit as an earlier event', () => {
    expect(caption('الرئيسان الروسي والصيني خلال مراسم الاستقبال الرسمي في بكين (أ ف ب)')).toBe('photo');
    expect(caption('بوتين وشي يتصافحان قبل المحادثات في الكرملين، 21 مارس 2023 (رويترز/أرشيف)')).toBe('archive');
    expect(caption('بوتين (يسار) وشي خلال جلسة الشاي في حديقة تشونغنانهاي')).toBe('photo');
    expect(caption('الرئيس الصيني يستقبل نظيره الروسي في قاعة الشعب الكبرى (Getty)')).toBe('photo');
  });

  it('leaves paragraphs, agency leads and other brackets alone', () => {
    expect(caption('وقال بوتين إن المحادثات كانت بناءة ومفيدة (رويترز).')).toBe(null);
    expect(caption('التقى الرئيسان على هامش قمة منظمة شنغهاي للتعاون. (رويترز)')).toBe(null);
    expect(caption('أكد الجانبان دعم مبادرة الحزام والطريق (BRI) ومشروع الاتحاد الاقتصادي الأوراسي')).toBe(null);
    expect(caption('بكين (شينخوا) -- أجرى الرئيس الصيني شي جين بينغ محادثات مع نظيره الروسي.')).toBe(null);
  });
});

describe('the lead under a captioned photo', () => {
  const ceremony = (captionLine: string) =>
    extract(
      lines(
        'شي يشيد ببوتين ويصفه بصديقه المقرب',
        captionLine,
        'أشاد الرئيس الصيني شي جين بينغ اليوم بنظيره الروسي فلاديمير بوتين ووصفه بأفضل صديق له في مراسم رسمية أقيمت في العاصمة الصينية.',
        'وقال شي خلال المراسم إن الوسام يعكس عمق الصداقة بين الشعبين، فيما عبر بوتين عن امتنانه للتكريم الرفيع.',
        'وأجرى بوتين وشي بعد ذلك محادثات رسمية في بكين تناولت التجارة والطاقة والأمن الإقليمي.',
      ),
      { published: '2018-06-08' },
    );

  it('a caption takes none of the three lead paragraphs, so the talks further down lead', () => {
    const r = ceremony('الرئيسان الروسي والصيني خلال مراسم منح الوسام في قاعة الشعب الكبرى (رويترز)');
    expect(r.relevant).toBe(true);
    expect(r.meeting).toMatchObject({ venue: 'beijing', kind: 'in-person', start: '2018-06-08' });
  });

  it('the same line as a stopped paragraph still takes its place', () => {
    const r = ceremony('وحضر المراسم عدد كبير من المسؤولين من البلدين وسط إجراءات أمنية مشددة في محيط المكان.');
    const captioned = ceremony('الرئيسان الروسي والصيني خلال مراسم منح الوسام في قاعة الشعب الكبرى (رويترز)');
    expect(r.score).toBeLessThan(captioned.score);
  });
});

describe('a same-day report in the pluperfect', () => {
  const story = (clause: string) =>
    extract(
      lines(
        'بوتين يلتقي أردوغان في أستانا على هامش قمة شنغهاي',
        'التقى الرئيس الروسي فلاديمير بوتين اليوم الأربعاء نظيره التركي رجب طيب أردوغان في أستانا على هامش قمة منظمة شنغهاي للتعاون.',
        clause,
      ),
      { published: '2024-07-03' },
    );

  it('counts `في وقت سابق اليوم` as the day’s own meeting, not background', () => {
    const today = story(
      'وكان بوتين قد عقد في وقت سابق اليوم محادثات مع الرئيس الصيني شي جين بينغ في العاصمة الكازاخستانية.',
    );
    const earlier = story('وكان بوتين قد عقد في مايو الماضي محادثات مع الرئيس الصيني شي جين بينغ في العاصمة الصينية.');
    expect(today.score).toBeGreaterThan(earlier.score);
  });

  it('stops at the clause: a later `اليوم` in another clause does not count', () => {
    const later = story('وكان بوتين قد عقد محادثات مع الرئيس الصيني شي جين بينغ في مايو، ويلتقي اليوم رئيس كازاخستان.');
    const earlier = story('وكان بوتين قد عقد في مايو الماضي محادثات مع الرئيس الصيني شي جين بينغ في العاصمة الصينية.');
    expect(later.score).toBe(earlier.score);
  });
});

describe('`الزعيمان` after a sentence naming the pair', () => {
  const story = (first: string) =>
    extract(
      lines(
        'تطورات جديدة في المشهد الدولي',
        first,
        'وأجرى الزعيمان بعد المراسم محادثات موسعة تناولت التعاون في مجالات الطاقة والتجارة والأمن الإقليمي.',
        'وتجاوز حجم التبادل التجاري بين البلدين 100 مليار دولار العام الماضي.',
      ),
      { published: '2018-06-08' },
    );

  it('are Putin and Xi when the sentence before names them and no one else', () => {
    const r = story(
      'منح الرئيس الصيني شي جين بينغ اليوم نظيره الروسي فلاديمير بوتين وسام الصداقة في مراسم أقيمت في العاصمة الصينية.',
    );
    expect(r.relevant).toBe(true);
    expect(r.meeting).toMatchObject({ participants: ['putin', 'xi'], start: '2018-06-08' });
  });

  it('are not when the sentence before names a third leader', () => {
    const withModi = story(
      'وجه الرئيس الروسي فلاديمير بوتين اليوم الشكر إلى رئيس الوزراء الهندي ناريندرا مودي والرئيس الصيني شي جين بينغ على مواقفهما.',
    );
    const named = story(
      'منح الرئيس الصيني شي جين بينغ اليوم نظيره الروسي فلاديمير بوتين وسام الصداقة في مراسم أقيمت في العاصمة الصينية.',
    );
    expect(withModi.score).toBeLessThan(named.score);
  });
});

describe('an archive photo’s caption', () => {
  it('tells an earlier meeting: its date does not date the story’s', () => {
    const r = extract(
      lines(
        'شي يصل إلى موسكو في زيارة دولة تستمر ثلاثة أيام',
        'وصل الرئيس الصيني شي جين بينغ إلى موسكو اليوم الأربعاء في زيارة دولة يجري خلالها محادثات مع نظيره الروسي فلاديمير بوتين.',
        'بوتين وشي في الكرملين خلال زيارة مارس 2023 (أرشيفية)',
        'وقال الكرملين إن الزعيمين سيبحثان التعاون الاقتصادي والأوضاع الدولية.',
      ),
      { published: '2025-05-07' },
    );
    expect(r.meeting).toMatchObject({ venue: 'moscow', start: '2025-05-07' });
  });
});

describe('a headline cut in two parts', () => {
  const live = (headline: string) =>
    extract(
      lines(
        headline,
        '18:40',
        'رئيس وزراء الهند يصل إلى موسكو للمشاركة في الاحتفالات الرسمية بالعيد الوطني الروسي إلى جانب عدد من القادة.',
        '17:15',
        'وزير الخارجية الروسي سيرغي لافروف يعقد مؤتمرا صحفيا مع نظيره الهندي في مقر الوزارة بالعاصمة الروسية.',
        '15:30',
        'بدء المحادثات الرسمية بين الرئيس الروسي فلاديمير بوتين والرئيس الصيني شي جين بينغ في الكرملين بحضور الوفدين.',
      ),
      { published: '2024-05-16' },
    );

  it('tells one event across its parts: the visitor in one, the talks in the other', () => {
    expect(live('مباشر | شي في موسكو.. محادثات في الكرملين اليوم').relevant).toBe(true);
  });

  it('names one leader in each part (الصين تؤكد مشاركة شي في قمة بريكس.. ولقاء مرتقب مع بوتين)', () => {
    const told = live('الصين تؤكد مشاركة شي في قمة بريكس.. ولقاء مرتقب مع بوتين في قازان').score;
    expect(told).toBeGreaterThan(live('الصين تؤكد مشاركة شي في قمة بريكس.. وتوقعات بنمو التجارة').score);
    expect(told).toBeGreaterThanOrEqual(0.5);
  });

  it('does not when a part asks, or names a third leader', () => {
    const told = live('مباشر | شي في موسكو.. محادثات في الكرملين اليوم').score;
    expect(live('مباشر | شي في موسكو.. محادثات في الكرملين اليوم؟').score).toBeLessThan(told);
    expect(live('مباشر | شي في موسكو.. محادثات مع مودي في الكرملين اليوم').score).toBeLessThan(told);
  });
});

describe('`آخر` before a meeting word', () => {
  const call = (second: string) =>
    extract(lines('بوتين وشي يتبادلان التهاني بالعام الجديد', second), { published: '2022-12-30' });

  it('recalls an earlier meeting when the sentence tells no meeting of its own first', () => {
    expect(
      call('وكان آخر اتصال بين الرئيسين الروسي فلاديمير بوتين والصيني شي جين بينغ في سبتمبر الماضي.').relevant,
    ).toBe(false);
  });

  it('is an apposition of the meeting the sentence has just told', () => {
    const r = call(
      'أجرى الرئيس الروسي فلاديمير بوتين اليوم محادثات عبر الفيديو مع نظيره الصيني شي جين بينغ، في آخر اتصال بين الزعيمين قبل نهاية العام.',
    );
    expect(r.relevant).toBe(true);
    expect(r.meeting).toMatchObject({ kind: 'video-call', start: '2022-12-30' });
  });
});

describe('a meeting dated long before the page, under a headline that names no one', () => {
  const column = (when: string) =>
    extract(
      lines(
        'أرقام قياسية جديدة في المبادلات التجارية',
        `حين التقى الرئيسان فلاديمير بوتين وشي جين بينغ في موسكو ${when}، حددا هدفا طموحا لرفع التبادل التجاري بين بلديهما.`,
        'وتقول بيانات الجمارك إن حجم التبادل بلغ نحو 240 مليار دولار، بزيادة كبيرة عن العام السابق.',
      ),
      { published: '2024-01-15' },
    );

  it('is recalled, not reported', () => {
    expect(column('في يونيو 2019').relevant).toBe(false);
  });

  it('is reported when its old year is only a point of reference (منذ)', () => {
    expect(column('اليوم للمرة الأولى منذ 2019').score).toBeGreaterThan(column('في يونيو 2019').score);
  });

  it('is reported when its day is the news', () => {
    expect(column('أمس').score).toBeGreaterThan(column('في يونيو 2019').score);
  });
});

describe('receiving the other country’s envoy', () => {
  const reception = (tail: string) =>
    extract(
      lines(
        'بوتين يستقبل كبير الدبلوماسيين الصينيين',
        `استقبل الرئيس الروسي فلاديمير بوتين اليوم في الكرملين وزير الخارجية الصيني وانغ يي، مؤكدا أنه ينتظر زيارة نظيره الصيني شي جين بينغ، ${tail}.`,
      ),
      { published: '2023-02-22' },
    );

  it('stays the envoy’s when the other capital only acts in the sentence', () => {
    expect(reception('في وقت تسعى بكين إلى تقديم نفسها وسيطا').relevant).toBe(false);
  });

  it('is a visit when the sentence places the leader in the other country', () => {
    const visit = extract(
      lines(
        'بوتين يصل إلى بكين',
        'وصل الرئيس الروسي فلاديمير بوتين اليوم إلى بكين حيث كان في استقباله وزير الخارجية الصيني وانغ يي، على أن يلتقي نظيره الصيني شي جين بينغ غدا.',
      ),
      { published: '2024-05-15' },
    );
    expect(visit.score).toBeGreaterThan(reception('في وقت تسعى بكين إلى تقديم نفسها وسيطا').score);
  });
});

describe('a print page’s date line above the headline', () => {
  const page = (top: string) =>
    extract(
      lines(
        top,
        'بوتين وشي في دار ضيافة دياويوتاي: صداقة بلا حدود في ظل الأولمبياد',
        'بكين: مراسل الصحيفة',
        'لم يكن سهلا الوصول إلى دار الضيافة الحكومية في غرب العاصمة الصينية أمس الجمعة، فالمدينة تعيش داخل فقاعة صحية صارمة قبل افتتاح الألعاب.',
        'هناك، في القاعة التي استقبل فيها الرئيس الصيني شي جين بينغ ضيفه الروسي فلاديمير بوتين، جرت محادثات استمرت ساعات بين الزعيمين.',
      ),
    );

  it('is no headline: the line under it is', () => {
    const dated = page('السبت - 05 فبراير 2022 مـ رقم العدد [15775]');
    const plain = page('مقالات الرأي');
    expect(dated.relevant).toBe(true);
    expect(dated.score).toBeGreaterThanOrEqual(plain.score);
  });
});

describe('a headline that asks', () => {
  const asked = (headline: string) =>
    extract(
      lines(
        headline,
        'أجرى الرئيس الروسي فلاديمير بوتين اتصالا هاتفيا أمس مع نظيره الصيني شي جين بينغ في الذكرى الثالثة للحرب.',
      ),
      { published: '2025-02-25' },
    );

  it('takes the event as given when it asks what it means or why', () => {
    expect(asked('ماذا يعني اتصال بوتين بشي في زمن ترامب؟').score).toBeGreaterThan(
      asked('هل يتصل بوتين بشي في زمن ترامب؟').score,
    );
  });
});

describe('a meeting word held with a third leader', () => {
  const asked = (what: string) =>
    extract(
      lines(
        'الكرملين يعلق على قمة سان فرانسيسكو',
        `وقال المتحدث باسم الكرملين للصحفيين ردا على سؤال حول ما إذا كان الزعيم الصيني شي جين بينغ سيطلع الرئيس فلاديمير بوتين على ${what}.`,
      ),
      { published: '2023-11-16' },
    );

  it('is the third leader’s meeting, not the two’s', () => {
    expect(asked('نتائج لقائه مع الرئيس الأمريكي جو بايدن').relevant).toBe(false);
    expect(asked('نتائج لقائه مع الرئيس الأمريكي جو بايدن').score).toBeLessThan(asked('نتائج لقائهما المقبل').score);
  });
});

describe('meetings in the plural, counted or quantified', () => {
  const timeline = (headline: string) =>
    extract(
      lines(
        headline,
        'تبادل الرئيسان الروسي فلاديمير بوتين والصيني شي جين بينغ اليوم برقيات التهنئة بمناسبة ذكرى إقامة العلاقات الدبلوماسية.',
      ),
      { published: '2024-10-02' },
    );

  it('tell a history, not a meeting', () => {
    expect(timeline('أبرز محطات لقاءات بوتين وشي منذ 2013').relevant).toBe(false);
    expect(timeline('أبرز محطات لقاءات بوتين وشي منذ 2013').score).toBeLessThan(
      timeline('محادثات بين بوتين وشي في موسكو').score,
    );
  });

  it('a count of several (`أكثر من أربعين لقاءً`, `40 لقاء`) or a quantifier (`كل قمة`) tells a history', () => {
    expect(timeline('بعد أكثر من أربعين لقاءً بين بوتين وشي.. ماذا تغير؟').relevant).toBe(false);
    expect(timeline('40 لقاء جمع بوتين وشي منذ 2013').relevant).toBe(false);
    expect(timeline('في كل قمة بين بوتين وشي يتكرر ملف الغاز').relevant).toBe(false);
  });

  it('a count of times after the meeting word (`التقى … 38 مرة`, `أكثر من ثلاثين مرة`) tells a history too', () => {
    expect(timeline('التقى الرئيس شي والرئيس بوتين 38 مرة منذ عام 2013').relevant).toBe(false);
    expect(timeline('بوتين وشي التقيا أكثر من ثلاثين مرة').relevant).toBe(false);
    // A habit (`كلما التقيا`, whenever they meet) is no meeting either.
    expect(timeline('وهي عبارة يرددها بوتين وشي كلما التقيا').relevant).toBe(false);
    // A length in hours is no count of meetings.
    expect(timeline('التقى بوتين وشي في قازان في لقاء استمر 3 ساعات').relevant).toBe(true);
  });

  it('an ordinal is one meeting, before the noun or after it', () => {
    expect(timeline('رابع لقاء بين بوتين وشي هذا العام في قازان').relevant).toBe(true);
    expect(timeline('بوتين وشي يلتقيان في القمة الـ24 لمنظمة شنغهاي').relevant).toBe(true);
    expect(timeline('لقاء بين بوتين وشي في قازان').relevant).toBe(true);
  });
});

describe('a byline above the headline', () => {
  const column = (top: string) =>
    extract(
      lines(
        top,
        'قازان... حين التقى "الصديقان العزيزان" على ضفاف الفولغا',
        'لم يكن مستغرباً أن يخصص الرئيس الروسي فلاديمير بوتين لنظيره الصيني شي جين بينغ أحد أول لقاءاته الثنائية في قازان يوم الثلاثاء الماضي.',
        'فالرجلان تبادلا وصف "الصديق العزيز" مرات لا تحصى، وكانا يعرفان أن العالم يراقب.',
      ),
      { published: '2024-10-24' },
    );

  it('is the author’s, and the headline under it tells the story (Asharq Al-Awsat column)', () => {
    expect(column('د. مازن العبيدي').relevant).toBe(true);
    expect(column('بقلم: مازن العبيدي').relevant).toBe(true);
    expect(column('د. مازن العبيدي').score).toBe(column('بقلم: مازن العبيدي').score);
  });

  it('nor is a labelled date line above the headline (`تاريخ المقال: 07-02-2014`, As-Safir)', () => {
    expect(column('تاريخ المقال: 24-10-2024').relevant).toBe(true);
    expect(column('نشرت في: 24/10/2024').relevant).toBe(true);
  });

  it('a line is a byline when short and opening with a byline word', () => {
    const byline = (line: string) => {
      const doc = makeDoc(line);
      return isBylineSpan(doc, [0, doc.norm.text.length]);
    };
    expect(byline('د. مازن العبيدي')).toBe(true);
    expect(byline('بقلم: سمير عطا الله')).toBe(true);
    expect(byline('بواسطة admin | ديسمبر 30, 2022 | العالم')).toBe(true);
    expect(byline('كتب بوتين وشي فصلا جديدا في العلاقات خلال محادثات الكرملين اليوم')).toBe(false);
    expect(byline('د مازن العبيدي')).toBe(false);
    expect(byline('بوتين وشي يلتقيان في قازان')).toBe(false);
  });
});

describe('a headline asking whether the two will meet', () => {
  const page = (headline: string) =>
    extract(
      lines(
        headline,
        'الخميس 10 نوفمبر 2022 15:20',
        'أعلن الكرملين اليوم الخميس أن الرئيس فلاديمير بوتين لن يحضر قمة مجموعة العشرين في بالي، فيما لم يتضح ما إذا كان بوتين سيشارك في أي من جلساتها عبر الفيديو أو سيلتقي نظيره الصيني شي جين بينغ.',
        'وقال المتحدث باسم الكرملين إن وزير الخارجية سيرغي لافروف سيترأس الوفد الروسي.',
        'ولا تبدو في الأفق حتى الآن أي خطط معلنة للقاء بين الرئيسين قبل نهاية العام.',
      ),
      { published: '2022-11-10' },
    );

  it('names both and reports nothing: it counts no more than a headline naming neither (Independent Arabia)', () => {
    const asking = page('هل يلتقي بوتين وشي في بالي؟ الكرملين يحسم الجدل');
    expect(asking.relevant).toBe(false);
    expect(asking.score).toBe(page('الكرملين يحسم الجدل حول قمة بالي').score);
  });
});
