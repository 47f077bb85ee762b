// One leader receiving the other country's envoy or premier (sentence-roles `envoy`) is not the
// leaders' meeting — unless the two leaders' own contact is the story's top; `بحضور` makes signed
// outcomes an in-person meeting only when both leaders are the ones present.

import { describe, expect, it } from 'vitest';
import { extract } from '../../../lib/extract/extract';

const lines = (...l: string[]) => l.join('\n');

describe('envoys and premiers received by one leader', () => {
  it.each([
    [
      'a foreign minister bearing greetings (Xinhua)',
      lines(
        'شي يستقبل لافروف في بكين',
        'بكين - شينخوا',
        'استقبل الرئيس الصيني شي جين بينغ اليوم الثلاثاء وزير الخارجية الروسي سيرغي لافروف في قاعة الشعب الكبرى، ونقل لافروف تحيات الرئيس فلاديمير بوتين.',
      ),
      '2024-04-09',
    ],
    [
      'a premier is no side (TASS)',
      lines(
        'بوتين يستقبل رئيس الوزراء الصيني لي تشيانغ في الكرملين',
        'موسكو - تاس',
        'استقبل الرئيس الروسي فلاديمير بوتين رئيس مجلس الدولة الصيني لي تشيانغ في الكرملين اليوم الأربعاء، وبحثا التعاون الاقتصادي.',
      ),
      '2024-08-21',
    ],
    [
      'an envoy who announces a call to come (Reuters)',
      lines(
        'شي جين بينغ يستقبل شويغو في بكين',
        'بكين - رويترز',
        'استقبل الرئيس الصيني شي جين بينغ اليوم الثلاثاء سكرتير مجلس الأمن الروسي سيرغي شويغو في بكين.',
        'وقال شويغو إن الرئيس فلاديمير بوتين والرئيس شي سيجريان اتصالا هاتفيا قريبا.',
      ),
      '2025-02-18',
    ],
  ])('%s: not relevant', (_, text, published) => {
    expect(extract(text, { published }).relevant).toBe(false);
  });

  it('the leaders’ call at the top, the envoy received later in the story (TASS)', () => {
    const r = extract(
      lines(
        'بوتين وشي يجريان اتصالا هاتفيا',
        'موسكو - تاس',
        'أجرى الرئيس الروسي فلاديمير بوتين اتصالا هاتفيا مع الرئيس الصيني شي جين بينغ اليوم الاثنين، بحثا خلاله التعاون الثنائي.',
        'وفي سياق متصل، استقبل الرئيس الصيني وزير الخارجية الروسي سيرغي لافروف في بكين الأسبوع الماضي.',
      ),
      { published: '2025-01-20' },
    );
    expect(r.relevant).toBe(true);
    expect(r.meeting).toMatchObject({ kind: 'phone-call', start: '2025-01-20', participants: ['putin', 'xi'] });
  });

  it('the call in the lead, the envoy’s reception recalled in the same sentence (Al Mayadeen)', () => {
    const r = extract(
      lines(
        'بوتين وشي يتهاتفان بعد زيارة لافروف إلى بكين',
        'موسكو - الميادين',
        'أجرى الرئيس الروسي فلاديمير بوتين اليوم الاثنين اتصالا هاتفيا بنظيره الصيني شي جين بينغ، غداة استقبال شي لوزير الخارجية الروسي سيرغي لافروف في بكين.',
      ),
      { published: '2025-01-20' },
    );
    expect(r.relevant).toBe(true);
    expect(r.meeting).toMatchObject({ kind: 'phone-call', venue: 'virtual', start: '2025-01-20' });
  });

  it('a visiting leader welcomed by the host’s minister is on a visit, not receiving an envoy', () => {
    const r = extract(
      lines(
        'بوتين يصل إلى بكين في زيارة دولة',
        'بكين - شينخوا',
        'وصل الرئيس الروسي فلاديمير بوتين اليوم الخميس إلى بكين حيث كان في استقباله وزير الخارجية الصيني وانغ يي، ويجري محادثات مع الرئيس شي جين بينغ.',
      ),
      { published: '2024-05-16' },
    );
    expect(r.relevant).toBe(true);
    expect(r.meeting).toMatchObject({ venue: 'beijing', kind: 'in-person', start: '2024-05-16' });
  });
});

describe('بحضور: signed in the presence of', () => {
  it('both leaders present: the signing is their in-person meeting (WAM)', () => {
    const r = extract(
      lines(
        'توقيع اتفاقيات روسية صينية في الكرملين',
        'موسكو - واس',
        'وقع البلدان اليوم الثلاثاء في الكرملين 14 وثيقة للتعاون بحضور الرئيس الروسي فلاديمير بوتين والرئيس الصيني شي جين بينغ.',
      ),
      { published: '2023-03-21' },
    );
    expect(r.relevant).toBe(true);
    expect(r.meeting).toMatchObject({ kind: 'in-person', venue: 'moscow', start: '2023-03-21' });
  });

  it('ministers only: no leaders’ meeting (Sputnik)', () => {
    const r = extract(
      lines(
        'روسيا والصين توقعان اتفاقيات للطاقة',
        'موسكو - سبوتنيك',
        'وقعت روسيا والصين اليوم في موسكو اتفاقيات للتعاون في مجال الطاقة، بحضور وزير الخارجية الروسي سيرغي لافروف ونظيره الصيني وانغ يي.',
      ),
      { published: '2024-04-09' },
    );
    expect(r.relevant).toBe(false);
  });

  it('an aide present at a phone call leaves it a phone call (Egyptian)', () => {
    const r = extract(
      lines(
        'بوتين وشي يبحثان هاتفيا الأزمة الأوكرانية',
        'موسكو - أ ش أ',
        'أجرى الرئيس الروسي فلاديمير بوتين اتصالا هاتفيا اليوم الجمعة مع الرئيس الصيني شي جين بينغ بحثا خلاله الأزمة الأوكرانية.',
        'وجرت المكالمة بحضور مساعد الرئيس الروسي يوري أوشاكوف، الذي أطلع الصحفيين على نتائجها.',
      ),
      { published: '2025-02-28' },
    );
    expect(r.meeting).toMatchObject({ kind: 'phone-call', venue: 'virtual', start: '2025-02-28' });
  });
});

// An official the sentence cites as its source (`وفق ما أعلنه`, `بحسب`, `نقلا عن`) is no party to
// the meeting it reports; one met in the same sentence, or named after a meeting word, still is.
describe('an official cited as the source', () => {
  it.each([
    [
      'the leader’s aide cited after the talks (RT)',
      lines(
        'بوتين لشي: ننتظرك في موسكو',
        'أجرى الرئيس الروسي فلاديمير بوتين اليوم الثلاثاء محادثات عبر الفيديو مع نظيره الصيني شي جين بينغ، وبحثا العلاقات الثنائية.',
        'من جهته، قال الزعيم الصيني إن العلاقات بين البلدين قوية، وفق ما أعلنه مساعد الرئيس الروسي يوري أوشاكوف للصحفيين عقب المحادثات.',
      ),
      '2023-06-20',
    ],
    [
      'the Kremlin’s spokesman cited with بحسب (Sputnik)',
      lines(
        'بوتين: العلاقات مع الصين في أفضل حالاتها',
        'أجرى الرئيس الروسي فلاديمير بوتين اتصالا هاتفيا مع نظيره الصيني شي جين بينغ اليوم الجمعة، وتبادلا التهاني بالعام الجديد.',
        'وأكد الرئيس الصيني خلال الاتصال دعم بلاده لروسيا، بحسب المتحدث باسم الكرملين دميتري بيسكوف.',
      ),
      '2023-12-29',
    ],
    [
      'the spokeswoman who opens the sentence and says what the visit is (Petra)',
      lines(
        'الرئيس الصيني يزور روسيا الاثنين المقبل',
        'بكين 17 آذار (بترا)- أعلنت وزارة الخارجية الصينية اليوم الجمعة أن الرئيس الصيني شي جين بينغ سيقوم بزيارة دولة إلى روسيا من 20 إلى 22 آذار الحالي، بدعوة من الرئيس الروسي فلاديمير بوتين.',
        'وقالت المتحدثة باسم الوزارة هوا تشون ينغ، في بيان مقتضب، إن الزيارة تأتي تلبية لدعوة من الرئيس بوتين.',
      ),
      '2023-03-17',
    ],
    [
      'the spokeswoman named in apposition after a comma (CNN Arabic)',
      lines(
        'الرئيس الصيني يزور روسيا الأسبوع المقبل',
        'أعلنت وزارة الخارجية الصينية، الجمعة، أن الرئيس شي جين بينغ سيقوم بزيارة دولة إلى روسيا في الفترة من 20 إلى 22 مارس الجاري.',
        'وقالت المتحدثة باسم الخارجية الصينية، هوا تشون ينغ، في بيان مقتضب إن الزيارة تأتي "بدعوة من الرئيس فلاديمير بوتين".',
        'ومن جانبه، أكد الكرملين الزيارة، وقال في بيان إن بوتين وشي سيبحثان قضايا تطوير علاقات الشراكة الشاملة.',
      ),
      '2023-03-17',
    ],
  ])('%s: relevant', (_, text, published) => {
    expect(extract(text, { published }).relevant).toBe(true);
  });

  it.each([
    [
      'the envoy received, the Kremlin’s spokesman cited after him (TASS)',
      lines(
        'بوتين يستقبل وانغ يي في الكرملين',
        'استقبل الرئيس الروسي فلاديمير بوتين وزير الخارجية الصيني وانغ يي في الكرملين اليوم الاثنين، وفق ما أعلنه المتحدث باسم الكرملين دميتري بيسكوف، ونقل وانغ يي تحيات الرئيس شي جين بينغ.',
      ),
      '2024-02-05',
    ],
    [
      'the envoy who opens the sentence tells his own meeting (Xinhua)',
      lines(
        'وانغ يي: المحادثات مع بوتين كانت مثمرة',
        'وقال وزير الخارجية الصيني وانغ يي عقب لقائه الرئيس فلاديمير بوتين في الكرملين إن العلاقات بين البلدين متينة.',
      ),
      '2024-02-05',
    ],
    [
      'a citing word before the meeting and the envoy met after it',
      lines(
        'شي يستقبل لافروف',
        'بحسب ما أعلن التلفزيون الصيني عقب لقاء الرئيس شي جين بينغ مع وزير الخارجية الروسي سيرغي لافروف في بكين اليوم، نقل لافروف رسالة من الرئيس فلاديمير بوتين.',
      ),
      '2024-04-09',
    ],
  ])('%s: not relevant', (_, text, published) => {
    expect(extract(text, { published }).relevant).toBe(false);
  });
});

describe('the form of an envoy’s meeting is not the leaders’', () => {
  it('a video call, and an envoy’s visit told after it', () => {
    const r = extract(
      lines(
        'شي جين بينغ يقول لبوتين إن الصين مستعدة لتعزيز التعاون',
        'قال الرئيس الصيني شي جين بينغ لنظيره الروسي فلاديمير بوتين يوم الجمعة إن الصين مستعدة لتعزيز التعاون الاستراتيجي.',
        'وأضاف أن العلاقات بين البلدين تمر بأفضل مراحلها رغم الأوضاع الدولية الصعبة والضغوط الغربية.',
        'وأشار إلى أن التبادل التجاري بين البلدين ارتفع بنسبة كبيرة خلال العام الجاري.',
        'وعقد الزعيمان مؤتمرا عبر الفيديو، وقال بوتين إنه يتوقع زيارة شي إلى موسكو في الربيع.',
        'وقال بوتين: نحن نتوقعك في الربيع القادم في زيارة دولة إلى موسكو.',
        'ويأتي الاتصال بعد أن زار نائب رئيس مجلس الأمن الروسي ديمتري ميدفيديف بكين الأسبوع الماضي والتقى مع شي هناك في زيارة رسمية.',
      ),
      { published: '2022-12-30' },
    );
    expect(r.relevant).toBe(true);
    expect(r.meeting).toMatchObject({ kind: 'video-call', venue: 'virtual' });
  });
});

describe('a leader said to be absent is no party to the sentence', () => {
  it('Putin named as absent from the summit Xi attended does not pair them (Le360)', () => {
    const page = (putin: string) =>
      extract(
        lines(
          // The host is one whom the directory knows as no party of a meeting (a regional governor):
          // a crown prince's visit would push both pages to the floor of the score.
          'والي جهة الدار البيضاء يستقبل الرئيس الصيني شي جين بينغ بالدار البيضاء',
          'استقبل والي جهة الدار البيضاء، اليوم الخميس بالدار البيضاء، الرئيس الصيني شي جين بينغ الذي قام بزيارة قصيرة للمغرب.',
          `وتأتي هذه المحطة في طريق عودة الرئيس الصيني إلى بلاده، عقب مشاركته في قمة مجموعة العشرين التي احتضنتها ريو دي جانيرو، وهي القمة التي ${putin} الرئيس الروسي فلاديمير بوتين، قبل أن يختتم جولته بزيارة دولة إلى برازيليا.`,
        ),
        { published: '2024-11-21' },
      ).score;
    expect(page('غاب عنها')).toBeLessThan(page('شارك فيها'));
  });

  it('and with the crown prince as the host (Le360 as published), the page is his meeting', () => {
    const r = extract(
      lines(
        'ولي العهد الأمير مولاي الحسن يستقبل الرئيس الصيني شي جين بينغ بالدار البيضاء',
        'استقبل ولي العهد الأمير مولاي الحسن، اليوم الخميس بالدار البيضاء، الرئيس الصيني شي جين بينغ الذي قام بزيارة قصيرة للمغرب.',
        'وتأتي هذه المحطة في طريق عودة الرئيس الصيني إلى بلاده، عقب مشاركته في قمة مجموعة العشرين التي احتضنتها ريو دي جانيرو، وهي القمة التي غاب عنها الرئيس الروسي فلاديمير بوتين.',
      ),
      { published: '2024-11-21' },
    );
    expect(r.relevant).toBe(false);
  });

  it('a leader present beside an absent third one still meets', () => {
    const r = extract(
      lines(
        'بوتين وشي يلتقيان في غياب مودي',
        'التقى الرئيس الروسي فلاديمير بوتين نظيره الصيني شي جين بينغ اليوم في قازان، في غياب رئيس الوزراء الهندي ناريندرا مودي.',
      ),
      { published: '2024-10-22' },
    );
    expect(r.relevant).toBe(true);
  });
});

describe('a past head of state named by his office at the time', () => {
  it('is a figure of the history told, not an envoy met (RT, treaty anniversary call)', () => {
    const r = extract(
      lines(
        'بوتين وشي جين بينغ يمددان معاهدة حسن الجوار في الذكرى العشرين لتوقيعها',
        'تاريخ النشر:28.06.2021 | 12:41 GMT',
        'أجرى الرئيس الروسي فلاديمير بوتين، اليوم الاثنين، محادثات عبر تقنية الفيديو مع نظيره الصيني شي جين بينغ، تزامنا مع الذكرى العشرين لمعاهدة حسن الجوار.',
        'وأعلن الزعيمان في بيان مشترك صدر عقب المحادثات تمديد المعاهدة، التي وقعها في موسكو يوم 16 يوليو 2001 بوتين والرئيس الصيني آنذاك جيانغ زيمين.',
      ),
      { published: '2021-06-28' },
    );
    expect(r.relevant).toBe(true);
    expect(r.meeting).toMatchObject({ kind: 'video-call', start: '2021-06-28' });
  });
});
