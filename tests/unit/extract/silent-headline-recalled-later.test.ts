// Under a headline that names no leader and no meeting, a leaders' meeting dated long before the
// publication day further down the story is background: it adds nothing to relevance, however
// many of them a feature recalls. A meeting of the news (recent, or under a headline that names
// the leaders) still counts.

import { describe, expect, it } from 'vitest';
import { extract } from '../../../lib/extract/extract';

const lines = (...l: string[]) => l.join('\n');
const PLAIN =
  'وتشير بيانات الجمارك إلى أن الشحنات ارتفعت بنسبة كبيرة خلال العام الماضي مع تزايد الطلب في المصافي المستقلة.';

describe('meetings recalled further down a story under a silent headline', () => {
  it.each([
    [
      'an energy feature recalling the summits where the gas deals were signed',
      lines(
        'روسيا تتصدر موردي النفط إلى الصين بكميات قياسية',
        'ارتفعت واردات الصين من النفط الخام الروسي إلى مستوى قياسي في العام الماضي، بحسب بيانات الإدارة العامة للجمارك الصينية.',
        PLAIN,
        PLAIN,
        'وتعود جذور الشراكة إلى 21 مايو 2014، حين وقعت الشركتان في شنغهاي، بحضور الرئيسين فلاديمير بوتين وشي جين بينغ، عقدا قيمته 400 مليار دولار.',
        'ولم يبدأ الضخ إلا في 2 ديسمبر 2019، عندما أعطى بوتين من سوتشي وشي من بكين إشارة التشغيل عبر دائرة تلفزيونية مغلقة.',
        'لكن التفاؤل الذي أبداه بوتين خلال زيارة شي إلى موسكو في 21 مارس 2023 لم يترجم إلى عقد.',
      ),
      '2024-01-20',
    ],
    [
      'a trade record with the leaders’ earlier talks in Beijing and Samarkand recalled',
      lines(
        'التبادل التجاري بين البلدين يحطم رقما قياسيا جديدا',
        'أعلنت الجمارك الصينية أن حجم التبادل التجاري مع روسيا بلغ مستوى غير مسبوق في العام الماضي متجاوزا التوقعات.',
        PLAIN,
        PLAIN,
        'والتقى الرئيس الروسي فلاديمير بوتين نظيره الصيني شي جين بينغ في بكين في 4 فبراير 2022 قبيل افتتاح الأولمبياد الشتوي.',
        'كما التقى بوتين وشي في سمرقند في 15 سبتمبر 2022 على هامش قمة منظمة شنغهاي للتعاون.',
        'وأجرى بوتين وشي محادثات عبر الفيديو في 30 ديسمبر 2022.',
      ),
      '2023-06-10',
    ],
  ])('%s: not relevant', (_name, text, published) => {
    expect(extract(text, { published }).relevant).toBe(false);
  });

  it('a meeting of the news further down still counts under a silent headline', () => {
    const text = lines(
      'التبادل التجاري بين البلدين يحطم رقما قياسيا جديدا',
      'أعلنت الجمارك الصينية أن حجم التبادل التجاري مع روسيا بلغ مستوى غير مسبوق في العام الماضي متجاوزا التوقعات.',
      PLAIN,
      PLAIN,
      'والتقى الرئيس الروسي فلاديمير بوتين نظيره الصيني شي جين بينغ في بكين اليوم الثلاثاء وبحثا التعاون التجاري.',
      'وأجرى بوتين وشي محادثات مطولة في قاعة الشعب الكبرى في بكين اليوم.',
      'ووقع الرئيسان بوتين وشي بيانا مشتركا في ختام القمة في بكين اليوم.',
    );
    const silentNow = extract(text, { published: '2024-05-16' });
    const recalled = extract(
      text.replaceAll('اليوم الثلاثاء', 'في 4 فبراير 2022').replaceAll('اليوم', 'في 4 فبراير 2022'),
      { published: '2024-05-16' },
    );
    expect(silentNow.score).toBeGreaterThan(recalled.score);
  });

  it('the same recalled meetings under a headline that names the leaders still count', () => {
    const body = [
      'ارتفعت واردات الصين من النفط الخام الروسي إلى مستوى قياسي في العام الماضي، بحسب بيانات الإدارة العامة للجمارك الصينية.',
      PLAIN,
      PLAIN,
      'وتعود جذور الشراكة إلى 21 مايو 2014، حين وقعت الشركتان في شنغهاي، بحضور الرئيسين فلاديمير بوتين وشي جين بينغ، عقدا قيمته 400 مليار دولار.',
      'ولم يبدأ الضخ إلا في 2 ديسمبر 2019، عندما أعطى بوتين من سوتشي وشي من بكين إشارة التشغيل عبر دائرة تلفزيونية مغلقة.',
    ];
    const silent = extract(lines('روسيا تتصدر موردي النفط إلى الصين', ...body), { published: '2024-01-20' });
    const named = extract(lines('بوتين وشي وشراكة النفط والغاز', ...body), { published: '2024-01-20' });
    expect(named.score).toBeGreaterThan(silent.score);
  });
});

describe('a meeting told a span of time before the story’s own event, under another event', () => {
  const TRIP = lines(
    'بوتين يزور كوريا الشمالية وفيتنام هذا الأسبوع',
    'الكرملين: معاهدة شراكة شاملة قد توقع خلال الزيارة',
    'موسكو - وكالات',
    'أعلن الكرملين، الاثنين، أن الرئيس الروسي فلاديمير بوتين سيقوم بزيارة دولة إلى كوريا الشمالية يومي 18 و19 يونيو، قبل أن يتوجه إلى فيتنام في زيارة تستمر يومين.',
    'وقال يوري أوشاكوف إن بوتين سيجري محادثات مع الزعيم الكوري الشمالي كيم جونغ أون في بيونغ يانغ.',
    'وهذه أول زيارة يقوم بها بوتين إلى كوريا الشمالية منذ 24 عاما.',
    'وفي هانوي، سيلتقي بوتين الرئيس الفيتنامي والأمين العام للحزب الشيوعي.',
    'وتأتي الجولة الآسيوية بعد شهر من زيارة الدولة التي قام بها بوتين إلى الصين، حيث أجرى محادثات مع الرئيس الصيني شي جين بينغ في بكين.',
  );

  it('a trip to a third country recalling the last visit to China scores as no coverage of it', () => {
    // The recall counts for nothing: the score stays that of a story naming only one leader's trips.
    const r = extract(TRIP, { published: '2026-06-15' });
    expect(r.relevant).toBe(false);
    expect(r.score).toBeLessThan(0.1);
  });

  it('nor does a naval exercise that comes two months after the leaders’ talks (silent headline)', () => {
    const drill = lines(
      'انطلاق مناورات "البحر المشترك" في بحر الصين الجنوبي',
      'وتشمل التدريبات مهام الدفاع الجوي ومكافحة الغواصات، بمشاركة سفن حربية وطائرات من البلدين.',
      'وتأتي المناورات بعد نحو شهرين من زيارة الدولة التي قام بها الرئيس الروسي فلاديمير بوتين إلى بكين، حيث أجرى محادثات مع الرئيس الصيني شي جين بينغ.',
    );
    expect(extract(drill, { published: '2026-07-14' }).relevant).toBe(false);
  });

  it('while the same recall under a headline of the two still leaves their own meeting relevant', () => {
    const own = lines(
      'بوتين يصل إلى بكين في زيارة دولة ويلتقي شي',
      'وصل الرئيس الروسي فلاديمير بوتين اليوم الخميس إلى بكين في زيارة دولة يجري خلالها محادثات مع نظيره الصيني شي جين بينغ.',
      'وتأتي الزيارة بعد نحو شهرين من اتصال هاتفي بين الرئيسين.',
    );
    expect(extract(own, { published: '2026-06-11' }).relevant).toBe(true);
  });
});

describe('a meeting that frames a column’s opening (`بينما …`)', () => {
  const opening =
    'بينما كان الرئيس الروسي فلاديمير بوتين يستعد لمغادرة بكين، بعد محادثات مطولة أمس مع مضيفه شي جين بينغ، كانت القوات الروسية تفتح جبهة جديدة في الشمال الشرقي لأوكرانيا.';
  const body =
    'ويرى محللون عسكريون أن الهجوم يستهدف إنهاك الدفاعات الأوكرانية قبل وصول المساعدات الغربية الجديدة إلى الجبهة.';

  it('under a headline of another subject is no coverage of the meeting', () => {
    const r = extract(lines('خاركيف.. الجبهة التي لم تعد هادئة', opening, body), { published: '2026-05-17' });
    expect(r.relevant).toBe(false);
  });

  it('under a headline of the two it still is', () => {
    const r = extract(lines('بوتين يغادر بكين بعد محادثات مع شي', opening, body), { published: '2026-05-17' });
    expect(r.relevant).toBe(true);
  });
});
