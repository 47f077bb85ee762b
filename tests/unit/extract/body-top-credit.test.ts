// A credit line under a page's top block (France 24: standfirst, `نشرت في`/`عدلت في` stamps, the
// photo's caption, then `فرانس24/ أ ف ب` over the first paragraph) is the story's credit, not its
// end; the same credit after the story still ends it. A read-also label glued to its link's
// headline (`اقرأ أيضاالقمة …`) opens a list like the label alone.

import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../../lib/extract/document';
import { extract } from '../../../lib/extract/extract';
import { storyLines } from './story-lines';

const norm = (s: string) => makeDoc(s).norm.text;

const HEADLINE = 'شي يصل إلى موسكو في زيارة دولة ويصف بوتين بـ"الصديق العزيز"';
const STANDFIRST =
  'وصل الرئيس الصيني شي جين بينغ الإثنين إلى موسكو في زيارة دولة تستمر ثلاثة أيام، هي الأولى له إلى الخارج منذ إعادة انتخابه، ويلتقي خلالها نظيره الروسي فلاديمير بوتين.';
const CAPTION =
  'الرئيس الروسي فلاديمير بوتين يصافح نظيره الصيني شي جين بينغ في الكرملين في موسكو يوم 20 آذار/مارس 2023. © سيرغي كاربوخين / أ ف ب';
const LEAD =
  'بدأ الرئيس الصيني شي جين بينغ الإثنين زيارة دولة إلى روسيا، حيث استقبله نظيره فلاديمير بوتين في الكرملين لعشاء عمل غير رسمي قبل محادثات رسمية مقررة الثلاثاء.';
const SECOND =
  'وقال بوتين لضيفه في مستهل اللقاء إن العلاقات بين البلدين بلغت أعلى مستوى في تاريخها، فيما أكد شي أن بكين وموسكو شريكان استراتيجيان.';

describe('a credit under the page’s top block', () => {
  it('France 24: the story goes on under `فرانس24/ أ ف ب`', () => {
    const lines = storyLines(
      [
        'فرانس 24',
        HEADLINE,
        STANDFIRST,
        'نشرت في: 20/03/2023 - 14:12',
        'عدلت في: 20/03/2023 - 19:40',
        CAPTION,
        'فرانس24/ أ ف ب',
        LEAD,
        SECOND,
      ].join('\n'),
    );
    expect(lines).toContain(norm(LEAD));
    expect(lines).toContain(norm(SECOND));
    expect(lines).not.toContain(norm('فرانس24/ أ ف ب'));
  });

  it('with no stamp under the standfirst, the same credit still ends the story', () => {
    const other =
      'أعلن الاتحاد المصري لكرة القدم اليوم عن تشكيل الجهاز الفني الجديد للمنتخب الأول، على أن يبدأ معسكره التحضيري في القاهرة مطلع الشهر المقبل استعدادا للتصفيات.';
    const lines = storyLines([HEADLINE, STANDFIRST, CAPTION, 'فرانس24/ أ ف ب', other].join('\n'));
    expect(lines).toContain(norm(CAPTION));
    expect(lines).not.toContain(norm(other));
  });

  it('and another story after a stamped top block is cut off (no one in common)', () => {
    const other =
      'أعلن الاتحاد المصري لكرة القدم اليوم عن تشكيل الجهاز الفني الجديد للمنتخب الأول، على أن يبدأ معسكره التحضيري في القاهرة مطلع الشهر المقبل استعدادا للتصفيات.';
    const text = [HEADLINE, STANDFIRST, 'نشرت في: 20/03/2023 - 14:12', 'فرانس24/ أ ف ب', other].join('\n');
    const body = extract(text, { published: '2023-03-20' }).body.map(([a, b]) => text.slice(a, b));
    expect(body.join('\n')).toContain(STANDFIRST);
    expect(body.join('\n')).not.toContain(other);
  });
});

describe('a read-also label glued to its link', () => {
  it('`اقرأ أيضاالقمة …` ends the story like `اقرأ أيضا` alone', () => {
    const link = 'اقرأ أيضاالقمة السادسة عشرة لمجموعة بريكس تنطلق في كازان وسط مساع روسية لكسر العزلة';
    const lines = storyLines([HEADLINE, LEAD, SECOND, link, 'فرانس24/ أ ف ب'].join('\n'));
    expect(lines).toContain(norm(SECOND));
    expect(lines.some((l) => l.includes(norm('بريكس')))).toBe(false);
  });
});

describe('a box of suggested stories inside the article (BBC Arabic)', () => {
  const box = [
    'تخطى قصص مقترحة وواصل القراءة',
    'قصص مقترحة',
    'ما الذي نعرفه عن خط أنابيب "قوة سيبيريا 2"؟',
    'كيف تغيرت التجارة بين روسيا والصين منذ حرب أوكرانيا؟',
    'نهاية',
  ];
  const after =
    'ووقع الزعيمان بيانا مشتركا مطولا، انتقدا فيه ما وصفاه بسياسات الاحتواء الأمريكية، وأعربا عن قلقهما من التحالفات العسكرية في منطقة آسيا والمحيط الهادئ.';

  it('the story goes on under the box’s `نهاية`, and the box is not story', () => {
    const lines = storyLines([HEADLINE, '20 مارس/ آذار 2023', LEAD, SECOND, ...box, after].join('\n'));
    expect(lines).toContain(norm(after));
    expect(lines.some((l) => l.includes(norm('قوة سيبيريا')))).toBe(false);
  });

  it('a wire’s end mark after a list still ends the page', () => {
    const other =
      'أعلن الاتحاد المصري لكرة القدم اليوم عن تشكيل الجهاز الفني الجديد للمنتخب الأول، على أن يبدأ معسكره التحضيري في القاهرة مطلع الشهر المقبل استعدادا للتصفيات.';
    const lines = storyLines([HEADLINE, LEAD, SECOND, 'اقرأ أيضا', box[2], '(النهاية)', other].join('\n'));
    expect(lines).not.toContain(norm(other));
  });
});

describe('a photo’s credit between paragraphs', () => {
  it('`© Sputnik / Alexei Druzhinin` does not end the story; a rights line does', () => {
    const credit = storyLines([HEADLINE, LEAD, '© Sputnik / Alexei Druzhinin', SECOND].join('\n'));
    expect(credit).toContain(norm(SECOND));
    expect(credit.some((l) => l.includes('©'))).toBe(false);
    const rights = storyLines([HEADLINE, LEAD, '© 2023 سبوتنيك / جميع الحقوق محفوظة', SECOND].join('\n'));
    expect(rights).not.toContain(norm(SECOND));
  });
});

describe('a Q&A page’s short questions', () => {
  it('`وبماذا رد شي؟` is a question of the story, not an editor’s sign-off', () => {
    const answer =
      'بحسب التلفزيون الصيني الرسمي، قال شي إن الصين مستعدة لتعزيز التعاون الاستراتيجي مع روسيا في مواجهة الوضع الدولي الصعب.';
    const lines = storyLines([HEADLINE, LEAD, SECOND, 'وبماذا رد شي؟', answer].join('\n'));
    expect(lines).toContain(norm(answer));
  });

  it('while an agency’s initials still sign the story off', () => {
    const other =
      'أعلن الاتحاد المصري لكرة القدم اليوم عن تشكيل الجهاز الفني الجديد للمنتخب الأول، على أن يبدأ معسكره التحضيري في القاهرة مطلع الشهر المقبل استعدادا للتصفيات.';
    const lines = storyLines([HEADLINE, LEAD, SECOND, 'ع ل/ م ح', other].join('\n'));
    expect(lines).not.toContain(norm(other));
  });
});

describe('a site menu whose items hold a related marker', () => {
  it('`الرئيسية | أخبار عاجلة | سياسة | …` above the headline opens no list (Youm7)', () => {
    const lines = storyLines(
      [
        'اليوم السابع',
        'الرئيسية | أخبار عاجلة | سياسة | حوادث | رياضة | فن | اقتصاد | المرأة والمنوعات | تحقيقات وملفات | عرب وعالم',
        'عرب وعالم',
        HEADLINE,
        'الخميس، 19 يونيو 2025 02:41 م',
        'كتب أحمد جمعة',
        'شارك',
        LEAD,
      ].join('\n'),
    );
    expect(lines).toContain(norm(HEADLINE));
    expect(lines).toContain(norm(LEAD));
  });
});

describe('a source trailer under the first paragraph (RT Arabic)', () => {
  // A paragraph of a story's length (25 words or more).
  const NEXT =
    'وقال بوتين لضيفه في مستهل اللقاء في الكرملين إن العلاقات بين البلدين بلغت أعلى مستوى في تاريخها، فيما أكد شي أن بكين وموسكو شريكان استراتيجيان في مواجهة التحديات الدولية الراهنة.';

  it('`المصدر: RT + وكالات` under the lead, then the story’s paragraphs: the story goes on', () => {
    const lines = storyLines([HEADLINE, '20.03.2023 | 14:37 GMT', LEAD, 'المصدر: RT + وكالات', NEXT].join('\n'));
    expect(lines).toContain(norm(NEXT));
    expect(lines.some((l) => l.includes(norm('المصدر')))).toBe(false);
  });

  it('while another story after it is cut off (no one in common)', () => {
    const other =
      'أعلن الاتحاد المصري لكرة القدم اليوم عن تشكيل الجهاز الفني الجديد للمنتخب الأول، على أن يبدأ معسكره التحضيري في القاهرة مطلع الشهر المقبل استعدادا للتصفيات.';
    const text = [HEADLINE, '20.03.2023 | 14:37 GMT', LEAD, 'المصدر: RT + وكالات', other].join('\n');
    const body = extract(text, { published: '2023-03-20' }).body.map(([a, b]) => text.slice(a, b));
    expect(body.join('\n')).toContain(LEAD);
    expect(body.join('\n')).not.toContain(other);
  });
});

describe('number widgets copied with the page (Egyptian portal)', () => {
  it('weather, gold by the karat, buying and selling rates and prayer times are not story', () => {
    const widgets = [
      'القاهرة 34° مشمس | الاثنين 20 مارس 2023',
      'أسعار الذهب | عيار 24: 2103 جنيه | عيار 21: 1840 جنيه',
      'سعر الدولار: 30.85 جنيه شراء | 30.95 جنيه بيع',
      'مواقيت الصلاة - القاهرة | الفجر 4:21 ص | الظهر 12:02 م | العصر 3:30 م',
    ];
    const lines = storyLines([...widgets.slice(0, 3), HEADLINE, LEAD, widgets[3], SECOND].join('\n'));
    expect(lines[0]).toBe(norm(HEADLINE));
    expect(lines).toContain(norm(SECOND));
    for (const w of widgets) expect(lines).not.toContain(norm(w));
  });

  it('but a business story’s own box of rates stays story', () => {
    const box = 'أسعار صرف الروبل اليوم: الدولار $ 101 ₽ | اليورو € 110 ₽ | اليوان ¥ 13.9 ₽';
    const lines = storyLines([HEADLINE, LEAD, box, SECOND].join('\n'));
    expect(lines).toContain(norm(box));
  });
});

describe('a breaking-news strip above the page’s breadcrumb (Iraqi site)', () => {
  const strip = 'عاجل | بوتين وشي جين بينغ يعقدان مباحثات موسعة في بكين';
  const own = 'العراق وتركيا توقعان مذكرة تفاهم لمشروع طريق التنمية';
  const lead =
    'وقع العراق وتركيا، اليوم الاثنين، مذكرة تفاهم للتعاون في مشروع طريق التنمية، بحضور رئيس الوزراء محمد شياع السوداني والرئيس التركي رجب طيب أردوغان، خلال زيارة الأخير إلى بغداد.';

  it('is not the story’s headline', () => {
    const lines = storyLines([strip, 'الرئيسية / اقتصاد', own, lead].join('\n'));
    expect(lines[0]).toBe(norm(own));
    expect(lines).not.toContain(norm(strip));
  });

  it('while a flash whose headline opens with `عاجل |` is still its story', () => {
    const lines = storyLines([strip, '2024-05-16 | 10:12', LEAD].join('\n'));
    expect(lines[0]).toBe(norm(strip));
  });
});
