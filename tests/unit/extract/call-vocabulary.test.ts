// The call vocabulary (meeting-words PHONE_WORDS / VIDEO_WORDS / MEDIUM_WORDS): the verbs and nouns
// of telephoning in Egyptian, Gulf, Levantine and Maghrebi usage and video calls by their other
// names make a call; a medium named apart from any meeting word (online sales, a live stream, a
// mobile phone offered as a gift) does not turn an in-person summit into a call.

import { describe, expect, it } from 'vitest';
import { extract } from '../../../lib/extract/extract';

const lines = (...l: string[]) => l.join('\n');

describe('phone calls told by the verbs and nouns of telephoning', () => {
  it.each([
    [
      'Egyptian wire, هاتف as a verb',
      lines(
        'بوتين يهاتف شي ويبحثان الأزمة الأوكرانية',
        'القاهرة - أ ش أ',
        'هاتف الرئيس الروسي فلاديمير بوتين اليوم الثلاثاء نظيره الصيني شي جين بينغ، وبحثا العلاقات الثنائية والأزمة الأوكرانية.',
      ),
      '2025-02-25',
      '2025-02-25',
    ],
    [
      'Maghrebi مهاتفة (MAP style)',
      lines(
        'مهاتفة بين بوتين وشي',
        'الرباط - و م ع',
        'أجرى الرئيس الروسي فلاديمير بوتين، اليوم الاثنين، مهاتفة مع الرئيس الصيني شي جين بينغ، تناولت التعاون الثنائي.',
      ),
      '2025-02-24',
      '2025-02-24',
    ],
    [
      'Gulf تهاتف الرئيسان',
      'تهاتف الرئيسان بوتين وشي جين بينغ مساء الأربعاء وبحثا التعاون في مجال الطاقة.',
      '2024-06-12',
      '2024-06-12',
    ],
    [
      'Levantine اتصل بنظيره',
      'اتصل الرئيس الصيني شي جين بينغ بنظيره الروسي فلاديمير بوتين يوم الجمعة لتهنئته بعيد ميلاده.',
      '2022-06-15',
      '2022-06-10',
    ],
  ])('%s', (_, text, published, start) => {
    const r = extract(text, { published });
    expect(r.relevant).toBe(true);
    expect(r.meeting).toMatchObject({ kind: 'phone-call', venue: 'virtual', start, participants: ['putin', 'xi'] });
  });

  it('reads سماعة الهاتف … ليتصل as a call (RT style, no day given: the page’s day)', () => {
    const r = extract(
      'رفع الرئيس الروسي فلاديمير بوتين سماعة الهاتف ليتصل بالرئيس الصيني شي جين بينغ، في أول اتصال بينهما منذ أشهر، بحسب الكرملين.',
      { published: '2023-01-10' },
    );
    expect(r.meeting).toMatchObject({ kind: 'phone-call', venue: 'virtual', start: '2023-01-10' });
  });
});

describe('video calls by their other names', () => {
  it.each([
    [
      'Algerian التناظر المرئي (APS)',
      lines(
        'بوتين وشي يعقدان محادثات بتقنية التناظر المرئي',
        'الجزائر - واج',
        'عقد الرئيس الروسي فلاديمير بوتين والرئيس الصيني شي جين بينغ، اليوم الجمعة، محادثات عبر تقنية التناظر المرئي تناولت العلاقات الثنائية.',
      ),
      '2022-12-30',
      '2022-12-30',
    ],
    [
      'Sputnik محادثات عبر الإنترنت',
      lines(
        'بوتين وشي يجريان محادثات عبر الإنترنت',
        'موسكو - سبوتنيك',
        'أجرى الرئيس الروسي فلاديمير بوتين ونظيره الصيني شي جين بينغ، اليوم الأربعاء، محادثات عبر الإنترنت، وفق ما أعلن الكرملين.',
      ),
      '2021-12-15',
      '2021-12-15',
    ],
    [
      'مكالمة فيديو',
      lines(
        'الكرملين: بوتين وشي يجريان مكالمة فيديو',
        'أجرى الرئيس فلاديمير بوتين مكالمة فيديو مع الرئيس الصيني شي جين بينغ اليوم الاثنين بحثا خلالها العلاقات.',
      ),
      '2023-01-30',
      '2023-01-30',
    ],
    [
      'لقاء مرئي (Gulf)',
      lines(
        'لقاء مرئي بين بوتين وشي',
        'عقد الرئيسان الروسي فلاديمير بوتين والصيني شي جين بينغ اليوم الاثنين لقاء مرئيا بحثا فيه الشراكة الاستراتيجية.',
      ),
      '2021-06-28',
      '2021-06-28',
    ],
    [
      'شارك عبر الإنترنت في قمة (medium after its verb, meeting word after it)',
      lines(
        'بوتين وشي في قمة افتراضية',
        'شارك الرئيس الروسي فلاديمير بوتين عبر الإنترنت في قمة مع الرئيس الصيني شي جين بينغ اليوم الثلاثاء.',
      ),
      '2021-12-14',
      '2021-12-14',
    ],
  ])('%s', (_, text, published, start) => {
    const r = extract(text, { published });
    expect(r.relevant).toBe(true);
    expect(r.meeting).toMatchObject({ kind: 'video-call', venue: 'virtual', start });
  });
});

describe('a medium apart from any meeting word is no call', () => {
  it('online sales in a story of Kremlin talks (Reuters style)', () => {
    const r = extract(
      lines(
        'بوتين وشي يبحثان في الكرملين التجارة الإلكترونية',
        'موسكو - رويترز',
        'بحث الرئيس الروسي فلاديمير بوتين والرئيس الصيني شي جين بينغ في الكرملين اليوم الثلاثاء التعاون في التجارة الإلكترونية، إذ تضاعفت مبيعات الشركات الصينية عبر الإنترنت في روسيا.',
      ),
      { published: '2023-03-21' },
    );
    expect(r.meeting).toMatchObject({ kind: 'in-person', venue: 'moscow', start: '2023-03-21' });
  });

  it('a live stream of the welcome ceremony next to an in-person summit (RT style)', () => {
    const r = extract(
      lines(
        'قمة بوتين وشي في الكرملين',
        'موسكو - آر تي',
        'عقد الرئيس الروسي فلاديمير بوتين والرئيس الصيني شي جين بينغ قمة في الكرملين اليوم الثلاثاء، وبثت القنوات مراسم الاستقبال مباشرة عبر الإنترنت.',
      ),
      { published: '2023-03-21' },
    );
    expect(r.meeting).toMatchObject({ kind: 'in-person', venue: 'moscow' });
  });

  it('the mobile phone as a market (Xinhua style)', () => {
    const r = extract(
      lines(
        'بوتين وشي يلتقيان في بكين',
        'بكين - شينخوا',
        'التقى الرئيس الصيني شي جين بينغ الرئيس الروسي فلاديمير بوتين اليوم الخميس في بكين، واتفقا على التعاون في قطاع الاتصالات والهاتف المحمول.',
      ),
      { published: '2024-05-16' },
    );
    expect(r.meeting).toMatchObject({ kind: 'in-person', venue: 'beijing', start: '2024-05-16' });
  });

  it('distance learning and a virtual currency beside a visit', () => {
    const r = extract(
      lines(
        'شي يصل إلى موسكو في زيارة دولة',
        'موسكو - أ ف ب',
        'وصل الرئيس الصيني شي جين بينغ إلى موسكو اليوم الاثنين في زيارة دولة يجري خلالها محادثات مع الرئيس فلاديمير بوتين تشمل التعليم عن بعد والعملات الافتراضية.',
      ),
      { published: '2023-03-20' },
    );
    expect(r.meeting).toMatchObject({ kind: 'in-person', venue: 'moscow', start: '2023-03-20' });
  });

  it('فيما يتصل بـ ("as regards") is no call', () => {
    const r = extract(
      lines(
        'بوتين وشي يلتقيان في بكين',
        'بكين - شينخوا',
        'التقى الرئيس الصيني شي جين بينغ الرئيس الروسي فلاديمير بوتين اليوم الخميس في قاعة الشعب الكبرى في بكين، وبحثا ما يتصل بالتعاون في الطاقة.',
      ),
      { published: '2024-05-16' },
    );
    expect(r.meeting).toMatchObject({ kind: 'in-person', venue: 'beijing' });
  });

  it('an earlier call recalled beside a state visit leaves the visit in person', () => {
    const r = extract(
      lines(
        'زيارة دولة: بوتين في بكين',
        'بكين - وكالات',
        'وصل الرئيس الروسي فلاديمير بوتين إلى بكين اليوم الخميس في زيارة دولة يجري خلالها محادثات مع الرئيس الصيني شي جين بينغ، بعد اتصال هاتفي بينهما الشهر الماضي.',
      ),
      { published: '2024-05-16' },
    );
    expect(r.meeting).toMatchObject({ kind: 'in-person', venue: 'beijing', start: '2024-05-16' });
  });
});

describe('a form named in a phrase of its own at the top', () => {
  it('`في اتصال هاتفي … .. الرئيس الصيني يرحب …` under a push headline of the two (Sky News Arabia)', () => {
    const r = extract(
      [
        'سكاي نيوز عربية · الآن',
        'عاجل | شي لبوتين: علاقاتنا لا تستهدف أي طرف ثالث',
        'في اتصال هاتفي بالذكرى الثالثة للحرب.. الرئيس الصيني يرحب بالجهود الإيجابية، والكرملين: بوتين أطلع نظيره الصيني على الاتصالات مع واشنطن',
      ].join('\n'),
      { published: '2026-02-24' },
    );
    expect(r.meeting).toMatchObject({ kind: 'phone-call', venue: 'virtual' });
  });

  it('but not from a sentence that tells a meeting in its own words, the call its past', () => {
    const r = extract(
      [
        'الكرملين: بوتين وشي يبحثان الضمانات الأمنية في بكين الجمعة',
        'أعلن الكرملين، الأربعاء، أن الرئيس الروسي فلاديمير بوتين سيجري محادثات مع نظيره الصيني شي جين بينغ في بكين، بعد غد الجمعة.',
        'وقال مستشار الكرملين يوري أوشاكوف للصحفيين إن الزعيمين سيعقدان لقاء وجها لوجه للمرة الأولى منذ عامين، بعد أن اقتصرت اتصالاتهما على الهاتف.',
      ].join('\n'),
      { published: '2022-02-02' },
    );
    expect(r.meeting).toMatchObject({ kind: 'in-person', venue: 'beijing', start: '2022-02-04' });
  });

  it('a direct meeting set against calls and video links is in person (Gulf daily)', () => {
    const r = extract(
      [
        'بوتين وشي: صداقة بلا حدود بين روسيا والصين',
        'أعلن الرئيس الصيني شي جين بينغ ونظيره الروسي فلاديمير بوتين، أمس، في بيان مشترك صدر عقب لقائهما في بكين، أن الصداقة بين بلديهما بلا حدود.',
        'وهذا أول لقاء مباشر بين الرئيسين منذ نوفمبر 2019، إذ اقتصرت اتصالاتهما خلال الجائحة على المكالمات الهاتفية.',
      ].join('\n'),
      { published: '2022-02-05' },
    );
    expect(r.meeting).toMatchObject({ kind: 'in-person', venue: 'beijing' });
  });

  it('but not over a form the meeting’s own sentences name', () => {
    const r = extract(
      [
        'شي يستقبل بوتين في بكين',
        'في اتصال هاتفي سابق.. استقبل الرئيس الصيني شي جين بينغ اليوم نظيره الروسي فلاديمير بوتين في قاعة الشعب الكبرى في زيارة دولة.',
      ].join('\n'),
      { published: '2026-02-24' },
    );
    expect(r.meeting).toMatchObject({ kind: 'in-person' });
  });
});

describe('a video call named by its form in a construct', () => {
  it('`خلال محادثات الفيديو` in a caption over an invitation to a spring visit (Al Jazeera)', () => {
    const r = extract(
      lines(
        'بوتين يدعو شي لزيارة موسكو في الربيع ويتعهد بتعزيز التعاون العسكري',
        '30/12/2022',
        'بوتين خلال محادثات الفيديو مع شي جين بينغ (رويترز)',
        'قال الرئيس الروسي فلاديمير بوتين اليوم الجمعة خلال محادثات عبر الفيديو مع نظيره الصيني شي جين بينغ إنه يتوقع زيارة دولة من الرئيس الصيني إلى موسكو في الربيع.',
        'وخاطب بوتين شي قائلا إنه يتوقع منه أن يزور موسكو الربيع المقبل في زيارة دولة.',
      ),
      { published: '2022-12-30' },
    );
    expect(r.meeting).toMatchObject({ kind: 'video-call', venue: 'virtual' });
  });
});
