// Which event the meeting's date and venue come from, on made-up articles in several press styles:
// the story's own meeting before one recalled in passing or announced beside it, the talks' own
// day and place before the dateline's, talks before a visit's other stops, and the catalogue as a
// consistency check.

import { describe, expect, it } from 'vitest';
import { extract, extractStrict } from '../../../lib/extract/extract';
import { RECOGNISERS } from '../../../lib/extract/recognisers';

const lines = (...l: string[]) => l.join('\n');

describe('meeting date and venue: the story’s own meeting', () => {
  it('follows a live blog’s summit on the day of the page, not an older meeting it recalls', () => {
    const text = lines(
      'تغطية مباشرة | شي في موسكو: قمة روسية صينية في الكرملين',
      'آخر تحديث: الثلاثاء 21 آذار 2023 - 16:40',
      '16:40 - انتهت جولة المحادثات الموسعة بين الرئيس الروسي فلاديمير بوتين ونظيره الصيني شي جين بينغ في الكرملين، ويستعد الزعيمان لعقد مؤتمر صحفي مشترك.',
      '15:10 - قال المتحدث باسم الكرملين دميتري بيسكوف إن المحادثات تتناول الأزمة الأوكرانية وإمدادات الطاقة.',
      '13:25 - تأتي القمة الحالية بعد لقاء بوتين وشي في سمرقند في أيلول/سبتمبر الماضي على هامش قمة منظمة شنغهاي للتعاون.',
      '12:00 - وصل الرئيس الصيني إلى قاعة القديس جاورجيوس في الكرملين حيث استقبله بوتين بمراسم رسمية.',
    );
    expect(extract(text).meeting).toMatchObject({ start: '2023-03-21', venue: 'moscow', kind: 'in-person' });
  });

  it('leaves a recalled month out even when the story gives no day of its own', () => {
    const text = lines(
      'بوتين وشي يعقدان قمة في موسكو',
      'موسكو - وكالات',
      'يعقد الرئيس الروسي فلاديمير بوتين والرئيس الصيني شي جين بينغ قمة في الكرملين تتناول التعاون في مجال الطاقة.',
      'وتأتي القمة بعد لقائهما في بكين في أيار الماضي.',
    );
    // The summit held (`يعقد`) with no day of its own: the page's day, not the month recalled.
    expect(extract(text, { published: '2024-07-10' }).meeting).toMatchObject({ start: '2024-07-10', venue: 'moscow' });
  });

  it('dates a reported meeting that the story gives no day by the page, unless told of a week', () => {
    const report = lines(
      'بوتين وشي يجريان محادثات عبر الفيديو',
      'أجرى الرئيس الروسي فلاديمير بوتين محادثات عبر الفيديو مع نظيره الصيني شي جين بينغ تناولت العلاقات الثنائية.',
    );
    expect(extract(report, { published: '2025-01-21' }).meeting).toMatchObject({ start: '2025-01-21' });
    const lastWeek = lines(
      'بوتين وشي: محادثات ترسم ملامح مرحلة جديدة',
      'تناولت المحادثات التي أجراها الرئيس الروسي فلاديمير بوتين عبر الفيديو مع نظيره الصيني شي جين بينغ الأسبوع الماضي العلاقات الثنائية.',
    );
    expect(extract(lastWeek, { published: '2025-01-21' }).meeting).toMatchObject({ start: null });
  });

  it('dates a planned visit by its own time reference, not by a later summit announced beside it', () => {
    const text = lines(
      'سفير روسيا لدى الصين: زيارة بوتين إلى بكين ستعزز الشراكة الاستراتيجية',
      '14.04.2024',
      'موسكو - سبوتنيك',
      'قال السفير الروسي لدى الصين، في مقابلة مع وكالة "سبوتنيك"، إن الرئيس فلاديمير بوتين سيقوم بزيارة دولة إلى بكين يجري خلالها محادثات مع الرئيس الصيني شي جين بينغ.',
      'س: متى تجري الزيارة؟',
      'ج: الزيارة ستجري الشهر المقبل، والتحضيرات لها في مراحلها الأخيرة.',
      'س: هل سيلتقي الزعيمان مرة أخرى هذا العام؟',
      'ج: نعم، من المقرر أن يلتقي بوتين وشي مجددا على هامش قمة منظمة شنغهاي للتعاون في أستانا في تموز/يوليو، ثم في قمة بريكس في قازان في تشرين الأول/أكتوبر.',
    );
    expect(extract(text).meeting).toMatchObject({ start: '2024-05', venue: 'beijing', announced: true });
  });

  it('takes the day the text gives the talks over the dateline’s day (wire, next day)', () => {
    const text = lines(
      'بوتين وشي يوقعان بيانا حول المرحلة الجديدة من الشراكة',
      'الأربعاء 22 مارس 2023',
      'موسكو في 22 مارس / وام / وقع الرئيس الروسي فلاديمير بوتين والرئيس الصيني شي جين بينغ بيانا مشتركا حول تعميق الشراكة الشاملة، في ختام محادثات رسمية في الكرملين.',
      'وجرت المحادثات الثلاثاء على مرحلتين، في إطار ضيق ثم بمشاركة الوفدين.',
      'ويغادر الرئيس الصيني موسكو اليوم الأربعاء في ختام زيارة دولة.',
    );
    expect(extract(text).meeting).toMatchObject({ start: '2023-03-21', venue: 'moscow' });
  });

  it('takes a call’s day from the text, not from the dateline (Gulf wire)', () => {
    const text = lines(
      'بوتين وشي يبحثان هاتفياً العلاقات والأزمة الأوكرانية',
      'موسكو 25 فبراير 2025 (قنا) - بحث فخامة الرئيس فلاديمير بوتين رئيس روسيا الاتحادية، وفخامة الرئيس شي جين بينغ رئيس جمهورية الصين الشعبية، العلاقات الثنائية وسبل تعزيزها.',
      'وجرى الاتصال الهاتفي بين الرئيسين أمس الإثنين، بحسب ما أعلن الكرملين في بيان اليوم.',
    );
    expect(extract(text).meeting).toMatchObject({ start: '2025-02-24', venue: 'virtual', kind: 'phone-call' });
  });

  it('places and dates talks held elsewhere the day before, not at the next stop of the visit', () => {
    const text = lines(
      'بوتين في هاربين غداة قمته مع شي',
      'هاربين 17 مايو 2024 (شينخوا) -- وصل الرئيس الروسي فلاديمير بوتين اليوم الجمعة إلى مدينة هاربين في شمال شرقي الصين، في المحطة الثانية من زيارة دولة، بعد محادثات أجراها أمس مع الرئيس الصيني شي جين بينغ في بكين.',
      'واتفق الزعيمان خلال محادثات بكين على تعميق الشراكة الشاملة والتنسيق الاستراتيجي.',
      'ويزور بوتين في هاربين معرضا للتجارة والاقتصاد، ويلتقي طلاب معهد هاربين للتكنولوجيا.',
    );
    expect(extract(text).meeting).toMatchObject({ start: '2024-05-16', venue: 'beijing' });
  });

  it('dates the summit of a visit by the talks, not by the arrival (Maghrebi preview)', () => {
    const text = lines(
      'شي جين بينغ يحل بموسكو عشية قمته مع بوتين',
      'الأحد 19 مارس 2023 - 21:40',
      'يحل الرئيس الصيني شي جين بينغ، غدا الإثنين، بالعاصمة الروسية موسكو في زيارة دولة تستمر ثلاثة أيام، سيعقد خلالها قمة مع الرئيس فلاديمير بوتين يوم الثلاثاء بالكرملين.',
      'وسبق أن التقى الزعيمان في مدينة سمرقند الأوزبكية في شتنبر المنصرم، كما عقدا قمة عبر الفيديو في دجنبر الماضي.',
    );
    expect(extract(text).meeting).toMatchObject({ start: '2023-03-21', venue: 'moscow', announced: true });
  });

  it('does not take a further meeting announced again elsewhere for the story’s own', () => {
    const text = lines(
      'الرئيسان الروسي والصيني يبحثان الأوضاع الإقليمية',
      'سان بطرسبرغ في 5 سبتمبر / بنا / التقى الرئيس الصيني شي جين بينغ الرئيس الروسي فلاديمير بوتين في مدينة سان بطرسبرغ.',
      'ومن المقرر أن يلتقي الرئيسان مجددا على هامش قمة منظمة شنغهاي للتعاون يوم 13 سبتمبر الجاري.',
    );
    expect(extract(text).meeting).toMatchObject({ start: '--09-05', venue: 'saint-petersburg' });
  });

  it('keeps a story’s own talks when it points back to them after بعد', () => {
    const text = lines(
      'بوتين وشي يتفقان على تعزيز التعاون',
      'بكين - أ ش أ',
      'أجرى الرئيس الصيني شي جين بينغ محادثات مع نظيره الروسي فلاديمير بوتين في قاعة الشعب الكبرى ببكين.',
      'وقال بوتين بعد المحادثات التي جرت اليوم الخميس إن العلاقات بين البلدين في أفضل حالاتها.',
    );
    expect(extract(text, { published: '2024-05-16' }).meeting).toMatchObject({ start: '2024-05-16', venue: 'beijing' });
  });

  it('lets a known meeting at the venue break a tie between two days of talks', () => {
    const text = lines(
      'جولتان من المحادثات بين بوتين وشي في بكين',
      'بكين - وكالات',
      'التقى الرئيس الروسي فلاديمير بوتين الرئيس الصيني شي جين بينغ يوم الأربعاء في قاعة الشعب الكبرى ببكين.',
      'وعقد الزعيمان جولة ثانية من المحادثات يوم الخميس في بكين.',
    );
    const opts = { published: '2031-06-13' };
    const known = (day: string) => ({
      ...RECOGNISERS,
      matchCatalogue: (q: { start: string | null }) =>
        q.start === day ? { id: `${day}-beijing`, start: day, title: { ar: 'قمة', en: 'Summit' } } : null,
    });
    // With no known meeting, the first day the text gives; with one, the day it covers.
    expect(extractStrict(text, opts, { ...RECOGNISERS, matchCatalogue: () => null }).meeting?.start).toBe('2031-06-11');
    expect(extractStrict(text, opts, known('2031-06-12')).meeting?.start).toBe('2031-06-12');
    expect(extractStrict(text, opts, known('2031-06-11')).meeting?.start).toBe('2031-06-11');
  });
});

describe('relevance: a meeting said not to happen, a gathering attended apart', () => {
  it('turns down an op-ed on a summit one leader joined by video, which says they did not meet', () => {
    const text = lines(
      'قمة بريكس في جوهانسبرغ: حضور صيني وغياب روسي',
      'بقلم: سامر الخطيب',
      'لم تكن قمة مجموعة بريكس التي اختتمت أعمالها في جوهانسبرغ قمة عادية، فقد حضرها الرئيس الصيني شي جين بينغ شخصيا، بينما شارك الرئيس الروسي فلاديمير بوتين في القمة عبر الفيديو.',
      'ولم يلتق بوتين وشي خلال القمة، واكتفى كل منهما بكلمة أمام القادة، ألقاها الأول من موسكو والثاني من جوهانسبرغ.',
      'ويرى مراقبون أن غياب بوتين عن القمة أضعف صورة التكتل.',
    );
    expect(extract(text).relevant).toBe(false);
  });

  it('turns down “no plans” and “without meeting” reports, in headline or lead', () => {
    const noPlans = lines(
      'الكرملين: لا لقاء بين بوتين وشي في قمة العشرين',
      'موسكو - رويترز',
      'قال الكرملين اليوم الخميس إنه لا توجد خطط لعقد لقاء ثنائي بين الرئيس فلاديمير بوتين والرئيس الصيني شي جين بينغ على هامش قمة مجموعة العشرين في نيودلهي، إذ سيغيب الرئيسان عن القمة.',
    );
    const without = lines(
      'شي يحضر قمة شنغهاي وبوتين يشارك عن بعد',
      'أستانا - الأناضول',
      'شارك الرئيس الروسي فلاديمير بوتين عبر الفيديو في أعمال قمة منظمة شنغهاي للتعاون التي حضرها الرئيس الصيني شي جين بينغ في العاصمة الكازاخية، واختتمت القمة أعمالها دون أن يلتقي الزعيمان.',
      'وقال بوتين في كلمته أمام القمة إن المنظمة تمثل نموذجا للتعاون المتكافئ.',
    );
    const asked = lines(
      'هل يلتقي بوتين وشي في جوهانسبرغ؟',
      'جوهانسبرغ - أ ف ب',
      'قال الكرملين إنه لا توجد خطط لعقد لقاء بين الرئيس فلاديمير بوتين ونظيره الصيني شي جين بينغ خلال قمة مجموعة بريكس، إذ سيشارك بوتين في القمة عبر الفيديو.',
    );
    for (const text of [noPlans, without, asked]) expect(extract(text).relevant, text.split('\n')[0]).toBe(false);
  });

  it('reads a summit named by a third country’s city as the gathering held there', () => {
    const apart = lines(
      'قمة سمرقند: بوتين وشي تحت سقف واحد',
      'سمرقند - وكالات',
      'اختتمت قمة منظمة شنغهاي للتعاون أعمالها في سمرقند بمشاركة الرئيس الروسي فلاديمير بوتين والرئيس الصيني شي جين بينغ وقادة الدول الأعضاء، وصدر عنها إعلان مشترك حول الأمن الإقليمي.',
    );
    expect(extract(apart).relevant).toBe(false);
    // A summit named by a city of one of the two is theirs.
    const home = lines(
      'قمة موسكو: بوتين وشي يتعهدان بشراكة أعمق',
      'موسكو - وكالات',
      'أجرى الرئيس الروسي فلاديمير بوتين والرئيس الصيني شي جين بينغ محادثات في الكرملين تناولت التعاون في مجال الطاقة.',
    );
    expect(extract(home).meeting).toMatchObject({ venue: 'moscow', kind: 'in-person' });
  });

  it('remembers a gathering named under a negation, so القمة after it is that gathering', () => {
    const text = lines(
      'بوتين وشي والقمة الأخيرة',
      'لم تكن قمة مجموعة بريكس في جوهانسبرغ قمة عادية، فقد حضرها الرئيس الصيني شي جين بينغ بينما شارك الرئيس الروسي فلاديمير بوتين في القمة عبر الفيديو.',
    );
    expect(extract(text).relevant).toBe(false);
  });

  it('does not read a negated verb as negating the talks it happened during', () => {
    const text = lines(
      'محادثات روسية صينية في بكين',
      'بكين - أ ف ب',
      'لم يتطرق الزعيمان خلال محادثاتهما اليوم إلى ملف الحدود، بحسب ما قال الرئيس الروسي فلاديمير بوتين والرئيس الصيني شي جين بينغ في مؤتمر صحفي.',
    );
    expect(extract(text, { published: '2024-05-16' }).relevant).toBe(true);
  });

  it('still takes a video summit that notes they have not met in person for long', () => {
    const text = lines(
      'بوتين وشي يعقدان قمة افتراضية ويتعهدان بتعميق التعاون',
      'موسكو - سبوتنيك',
      'عقد الرئيس الروسي فلاديمير بوتين والرئيس الصيني شي جين بينغ اليوم الأربعاء قمة عبر الفيديو بحثا خلالها العلاقات الثنائية والوضع الدولي.',
      'ولم يلتق بوتين وشي وجها لوجه منذ بداية جائحة كورونا.',
    );
    expect(extract(text).meeting).toMatchObject({ kind: 'video-call', venue: 'virtual' });
  });

  it('still takes a sideline meeting when the summit is named again as القمة', () => {
    const text = lines(
      'بوتين وشي يلتقيان على هامش قمة بريكس في قازان',
      'قازان - وكالات',
      'التقى الرئيس الروسي فلاديمير بوتين نظيره الصيني شي جين بينغ اليوم الثلاثاء على هامش قمة مجموعة بريكس في مدينة قازان الروسية.',
      'وقال بوتين إن القمة تشكل فرصة لتعزيز التعاون، فيما أكد شي أن العلاقات الصينية الروسية تشهد أفضل مراحلها.',
    );
    expect(extract(text).meeting).toMatchObject({ kind: 'in-person', venue: 'kazan' });
  });
});

describe('a meeting on the sidelines with no day of its own', () => {
  it('is held within the days of the gathering named beside it (an announcement)', () => {
    const r = extract(
      lines(
        'بوتين يلتقي شي ومودي في برازيليا على هامش «بريكس»',
        'موسكو - (وكالات):',
        'أعلن مساعد الرئيس الروسي يوري أوشاكوف، أمس الاثنين، أن الرئيس فلاديمير بوتين سيعقد لقاء ثنائياً مع نظيره الصيني شي جين بينغ على هامش قمة مجموعة «بريكس» التي تستضيفها العاصمة البرازيلية برازيليا يومي 13 و14 نوفمبر الجاري.',
        'وقال أوشاكوف إن الزعيمين سيبحثان التحضيرات لإطلاق خط أنابيب الغاز مطلع ديسمبر المقبل.',
      ),
      { published: '2019-11-12' },
    );
    expect(r.meeting).toMatchObject({ venue: 'brasilia', start: '2019-11-13', end: '2019-11-14' });
  });

  it('keeps its own day when it has one', () => {
    const r = extract(
      lines(
        'بوتين وشي يلتقيان في قازان',
        'قازان - وكالات',
        'التقى الرئيس الروسي فلاديمير بوتين نظيره الصيني شي جين بينغ اليوم الثلاثاء على هامش قمة بريكس التي تستضيفها قازان من 22 إلى 24 أكتوبر.',
      ),
      { published: '2024-10-22' },
    );
    expect(r.meeting).toMatchObject({ venue: 'kazan', start: '2024-10-22', end: null });
  });
});
