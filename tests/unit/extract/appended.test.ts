// Stories appended to the main one with no marker, on made-up pages in several press styles: cut
// off when their headline opens a new dateline or a topic that shares no one and nowhere with the
// story; never cut when the part after a crosshead still speaks of the story.

import { describe, expect, it } from 'vitest';
import { extract } from '../../../lib/extract/extract';

const lines = (...l: string[]) => l.join('\n');

/** The 1-based numbers of the lines of `text` that are (wholly or partly) in the extracted story. */
function bodyLines(text: string): number[] {
  const { body } = extract(text);
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  const out = new Set<number>();
  for (const [a, b] of body) {
    starts.forEach((s, i) => {
      const e = starts[i + 1] ?? text.length + 1;
      if (s < b && e - 1 > a) out.add(i + 1);
    });
  }
  return [...out];
}

const MOSCOW_TALKS = [
  'بوتين وشي يتفقان على توسيع التعاون في مجال الطاقة',
  'الثلاثاء، 21 مارس 2023 11:30 م',
  'التقى الرئيس الروسي فلاديمير بوتين نظيره الصيني شي جين بينغ اليوم الثلاثاء في الكرملين، حيث أجرى الزعيمان محادثات رسمية استمرت عدة ساعات تناولت ملفات الطاقة والتجارة والأمن الإقليمي.',
  'وأكد بوتين في مؤتمر صحفي مشترك أن روسيا مستعدة لتلبية الطلب الصيني المتزايد على الطاقة، مشيرا إلى أن الجانبين ناقشا مشروع خط أنابيب جديد لنقل الغاز.',
  'من جانبه، قال شي إن العلاقات بين البلدين تجاوزت الإطار الثنائي واكتسبت أهمية عالمية.',
];

describe('appended stories without a marker', () => {
  it('cuts an appended local story under its own headline and dateline (Egyptian web)', () => {
    const text = lines(
      ...MOSCOW_TALKS,
      'وزير الري يتفقد أعمال تطهير الترع في محافظة الشرقية',
      'الشرقية - تفقد وزير الموارد المائية والري اليوم أعمال تطهير الترع والمصارف بمحافظة الشرقية، ضمن خطة الوزارة لتحسين إدارة المياه قبل موسم الصيف.',
      'وأكد الوزير أهمية الانتهاء من الأعمال في المواعيد المحددة.',
    );
    expect(bodyLines(text)).toEqual([1, 2, 3, 4, 5]);
  });

  it('cuts an agency story opening with (وكالات) - (Gulf print)', () => {
    const text = lines(
      'اتصال هاتفي بين الرئيسين الروسي والصيني',
      'موسكو (وكالات) - أجرى الرئيس الروسي فلاديمير بوتين اتصالاً هاتفياً مع نظيره الصيني شي جين بينغ، أمس، تبادلا خلاله وجهات النظر حول تطورات الأزمة الأوكرانية والعلاقات الثنائية، وفق ما أعلن الكرملين.',
      'وأوضح الكرملين في بيان أن الزعيمين أكدا حرصهما على مواصلة التنسيق الوثيق في الشؤون الدولية، واتفقا على مواصلة الاتصالات على مختلف المستويات.',
      'ارتفاع أسعار النفط بعد قرار أوبك+',
      '(وكالات) - ارتفعت أسعار النفط في تعاملات الخميس بعد أن قررت مجموعة أوبك+ الإبقاء على تخفيضات الإنتاج حتى نهاية العام.',
    );
    expect(bodyLines(text)).toEqual([1, 2, 3]);
  });

  it('cuts a story on other leaders that follows a headline with no dateline (agency site)', () => {
    const text = lines(
      'الرئيس شي يجري محادثات مع بوتين عبر الفيديو',
      'بكين 30 ديسمبر 2022 (شينخوا) أجرى الرئيس الصيني شي جين بينغ اليوم (الجمعة) محادثات عبر الفيديو مع الرئيس الروسي فلاديمير بوتين، تبادل خلالها الزعيمان وجهات النظر حول العلاقات الثنائية والقضايا الدولية.',
      'وقال شي إن الصين مستعدة للعمل مع روسيا لتعزيز التنسيق الاستراتيجي، مشيرا إلى أن العلاقات بين البلدين صمدت أمام اختبار الوضع الدولي المتغير.',
      'الرئيس الفرنسي يستقبل نظيره البرازيلي في قصر الإليزيه',
      'استقبل الرئيس الفرنسي إيمانويل ماكرون نظيره البرازيلي لويس إيناسيو لولا دا سيلفا في قصر الإليزيه، وبحث الجانبان التعاون في مجال حماية الغابات.',
      'وقال ماكرون إن فرنسا والبرازيل شريكان في مواجهة التغير المناخي.',
    );
    expect(bodyLines(text)).toEqual([1, 2, 3]);
  });

  it('keeps a Putin–Xi story appended to a weather story out of the relevance decision', () => {
    const text = lines(
      'أجواء حارة ورطبة على معظم مناطق المملكة',
      'الرياض - واس',
      'توقع المركز الوطني للأرصاد أن تشهد معظم مناطق المملكة اليوم أجواء حارة إلى شديدة الحرارة، مع رطوبة عالية على السواحل ورياح نشطة مثيرة للأتربة والغبار على الرياض والمنطقة الشرقية، داعيا المواطنين إلى أخذ الحيطة.',
      'وأوضح المركز أن درجات الحرارة العظمى ستتراوح بين 44 و48 درجة مئوية في المناطق الداخلية.',
      'بوتين وشي يعقدان قمة في موسكو',
      'موسكو - رويترز - عقد الرئيس الروسي فلاديمير بوتين والرئيس الصيني شي جين بينغ قمة في الكرملين اليوم.',
    );
    expect(bodyLines(text)).toEqual([1, 2, 3, 4]);
    expect(extract(text).relevant).toBe(false);
  });

  it('ends a short story at its source line when another story follows', () => {
    const text = lines(
      'بوتين وشي يبحثان في سمرقند الأزمة الأوكرانية',
      'التقى الرئيس الروسي فلاديمير بوتين الرئيس الصيني شي جين بينغ على هامش قمة منظمة شنغهاي للتعاون في سمرقند.',
      'المصدر: سكاي نيوز عربية',
      'أعلنت وزارة الصحة تسجيل انخفاض في عدد الإصابات بالإنفلونزا الموسمية خلال الأسبوع الماضي.',
    );
    expect(bodyLines(text)).toEqual([1, 2]);
  });

  it('never cuts the story at a crosshead that goes on about it', () => {
    const sections = [
      // Figures with no one named.
      [
        'التبادل التجاري بين البلدين',
        'وبلغ حجم التبادل التجاري بين البلدين العام الماضي 240 مليار دولار، بزيادة كبيرة عن العام السابق.',
      ],
      // Reactions that point back to the summit.
      [
        'ردود فعل غربية على اللقاء',
        'وانتقد المستشار الألماني أولاف شولتس القمة، معتبرا أنها تبعث برسالة خاطئة في ظل استمرار الحرب.',
      ],
      // Another country's view, naming China.
      [
        'موقف الهند من التقارب',
        'وقال رئيس الوزراء الهندي ناريندرا مودي في نيودلهي إن بلاده تتابع باهتمام علاقات موسكو مع الصين.',
      ],
      // A section with its own dateline, on the same leaders.
      [
        'بيسكوف يعلق على النتائج',
        'موسكو - قال المتحدث باسم الكرملين دميتري بيسكوف إن الرئيس بوتين راض عن نتائج المحادثات.',
      ],
    ];
    for (const [crosshead, paragraph] of sections) {
      const text = lines(...MOSCOW_TALKS, crosshead as string, paragraph as string);
      expect(bodyLines(text), crosshead).toEqual([1, 2, 3, 4, 5, 6, 7]);
    }
  });
});

describe('a part that names the two leaders as a pair points back to the story', () => {
  it('an interview’s next question and answer stay (CGTN Q&A)', () => {
    const text = lines(
      ...MOSCOW_TALKS,
      'س: كم مرة التقى الزعيمان؟',
      'ج: التقى الرئيسان أكثر من 40 مرة منذ عام 2013، وكان آخر لقاء مباشر بينهما في سمرقند في سبتمبر الماضي.',
    );
    expect(bodyLines(text)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('an appended story about other people is still cut', () => {
    const text = lines(
      ...MOSCOW_TALKS,
      'س: كم مرة التقى وزيرا الري؟',
      'ج: التقى وزير الموارد المائية نظيره السوداني في الخرطوم أكثر من عشر مرات منذ عام 2013.',
    );
    expect(bodyLines(text)).toEqual([1, 2, 3, 4, 5]);
  });
});
