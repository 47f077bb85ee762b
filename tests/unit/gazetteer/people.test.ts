// Political figures of Russia–China–Middle East coverage beyond the two presidents, and people
// the gazetteer does not know, named right after a title of office.

import { describe, expect, it } from 'vitest';
import { found, pairs } from './found';

describe('more political figures', () => {
  it('Latin American, African, Gulf and Central Asian leaders', () => {
    expect(pairs('وقال الرئيس الفنزويلي نيكولاس مادورو إن كاراكاس تدعم موسكو، وأكد مادورو ذلك.')).toEqual([
      'maduro:نيكولاس مادورو',
      'caracas:كاراكاس',
      'moscow:موسكو',
      'maduro:مادورو',
    ]);
    expect(pairs('والتقى بوتين رئيس الوزراء الإثيوبي آبي أحمد والرئيس الكوبي ميغيل دياز كانيل.')).toEqual([
      'putin:بوتين',
      'abiy-ahmed:آبي أحمد',
      'diaz-canel:ميغيل دياز كانيل',
    ]);
    expect(pairs('واستقبل أمير الكويت الشيخ مشعل الأحمد الجابر الصباح السلطان هيثم بن طارق.')).toEqual([
      'mishal-al-ahmad:مشعل الأحمد الجابر الصباح',
      'haitham-bin-tariq:هيثم بن طارق',
    ]);
  });

  it('Iran, North Korea and the international organisations', () => {
    expect(pairs('وقال وزير النفط الإيراني محسن باك نجاد إن، بحضور وزير الدفاع عزيز نصير زاده.', '2025-03-01')).toEqual(
      ['paknejad:محسن باك نجاد', 'nasirzadeh:عزيز نصير زاده'],
    );
    expect(pairs('واستقبل كيم جونغ أون الرئيس الروسي، وقال كيم إن بلاده تدعم موسكو، ورافقته كيم يو جونغ.')).toEqual([
      'kim-jong-un:كيم جونغ أون',
      'putin:الرئيس الروسي (title)',
      'kim-jong-un:كيم',
      'moscow:موسكو',
      'kim-yo-jong:كيم يو جونغ',
    ]);
    expect(
      pairs('وحذرت كريستالينا جورجيفا ونغوزي أوكونجو إيويالا، وقال تيدروس أدهانوم غيبريسوس ورافائيل غروسي.'),
    ).toEqual([
      'georgieva:كريستالينا جورجيفا',
      'okonjo-iweala:نغوزي أوكونجو إيويالا',
      'tedros:تيدروس أدهانوم غيبريسوس',
      'grossi:رافائيل غروسي',
    ]);
  });

  it('the short كيم is Kim Jong Un only when he is named', () => {
    expect(pairs('وقال كيم إن الأمر انتهى.')).toEqual([]);
    expect(pairs('وزار ضريح كيم إيل سونغ وكيم جونغ إيل.')).toEqual([
      'kim-il-sung:كيم إيل سونغ',
      'kim-jong-il:كيم جونغ إيل',
    ]);
  });
});

describe('people the gazetteer does not know, named after a title', () => {
  const named = (text: string) => found(text).filter((f) => f.type === 'leader' && !f.byTitle);

  it('an object in the accusative after a subject title is no name (`لم يحدد الرئيس الروسي موعدا جديدا`)', () => {
    expect(named('ولم يحدد الرئيس الروسي موعدا جديدا للعرض العسكري.')).toEqual([]);
    expect(named('وأن ساكن الكرملين أطلع محاوره الصيني على تطورات العملية.')).toEqual([]);
    // A date after the title (Algerian `جوان`): a part of a month opens no name.
    expect(named('زيارة الدولة التي قادت رئيس الجمهورية منتصف جوان الماضي إلى روسيا.')).toEqual([]);
    expect(named('وكان رئيس الوزراء أواخر أيار الماضي في موسكو.')).toEqual([]);
    expect(named('وقال وزير الخارجية الكازاخستاني مراد نورتلو إن الموعد لم يتحدد.').map((f) => f.text)).toEqual([
      'مراد نورتلو',
    ]);
  });

  it('a two- or three-word name after a title of office (agency copy)', () => {
    const a = named('وقال وزير الطاقة الكازاخستاني يرلان أكنجينوف إن الإنتاج سيرتفع.');
    expect(a.map((f) => f.text)).toEqual(['يرلان أكنجينوف']);
    expect(a[0]?.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
    expect(named('وأكد المتحدث باسم الحكومة الماليزية فهمي فاضل، أن المحادثات بناءة.').map((f) => f.text)).toEqual([
      'فهمي فاضل',
    ]);
    expect(named('واستقبل سفير روسيا لدى الجزائر فاليريان شوفاييف الوفد.').map((f) => f.text)).toEqual([
      'فاليريان شوفاييف',
    ]);
    expect(named('وصرح رئيس وزراء كمبوديا هون مانيت خلال الزيارة.').map((f) => f.text)).toEqual(['هون مانيت']);
    expect(named('وقال نائب وزير الخارجية الروسي ميخائيل غالوزين إن').map((f) => f.text)).toEqual(['ميخائيل غالوزين']);
    expect(named('وأكد وزير الخارجية الأردني أيمن الصفدي أن').map((f) => f.text)).toEqual(['أيمن الصفدي']);
    expect(named('وقال المتحدث باسم الحكومة الأفغانية ذبيح الله مجاهد إن').map((f) => f.text)).toEqual([
      'ذبيح الله مجاهد',
    ]);
    expect(named('وقال رئيس الوزراء البريطاني الأسبق بوريس جونسون إن').map((f) => f.text)).toEqual(['بوريس جونسون']);
    expect(named('وصرح وزير النقل الروسي رومان ستاروفويت لوكالة تاس.').map((f) => f.text)).toEqual(['رومان ستاروفويت']);
  });

  it('not a verb, a preposition, a noun or an adjective after the title', () => {
    for (const text of [
      'وزير الخارجية الإيراني يزور موسكو الأسبوع المقبل.',
      'وزير الطاقة السعودي يتوقع ارتفاع الأسعار.',
      'وقال المتحدث باسم الخارجية الصينية في مؤتمر صحفي إن.',
      'وعين وزير النفط الإيراني الجديد مساعدين له.',
      'وصرح رئيس الوزراء الهندي خلال زيارته لموسكو.',
      'وأعلن وزير المالية الروسي بيان الميزانية.',
      'وقال سفير الصين لدى روسيا إن العلاقات متينة.',
      'وقال الرئيس التنفيذي لشركة غازبروم أليكسي ميلر إن الإمدادات مستمرة.',
      'وبحث رئيس الوزراء الباكستاني مع نظيره الصيني سبل التعاون.',
      'وزير الخارجية التركي يلتقي نظيره السوري في أنقرة.',
      'وأجرى الرئيس اتصالا مع نظيره الروسي بحثا خلاله العلاقات.',
      'التقى الرئيس الصيني، بوفد روسي رفيع.',
      'وقال الرئيس التنفيذي للشركة الوطنية قبل أيام إن.',
      'واستقبل الرئيس الروسي السابق وفدا صينيا رفيعا.',
      'ووصف رئيس الوزراء الياباني الحادثة بأنها خطيرة.',
      'وتحدث وزير الخارجية الصيني هاتفيا مع نظيره.',
      'ووجه بوتين الدعوة للرئيس الصيني لحضور احتفالات عيد النصر.',
    ]) {
      expect(
        named(text).filter((f) => !['moscow', 'putin'].includes(f.id ?? '')),
        text,
      ).toEqual([]);
    }
  });
});

describe('Xi in Maghrebi spelling', () => {
  it('reads كسي جين بينغ and the short كسي once he is named', () => {
    expect(pairs('واستقبل الرئيس الصيني كسي جين بينغ نظيره الروسي، وقال كسي إن.')).toEqual([
      'xi:كسي جين بينغ',
      'putin:نظيره الروسي (title)',
      'xi:كسي',
    ]);
    expect(pairs('وقال كسي إن المحادثات مثمرة.')).toEqual([]);
  });
});

describe('Xi in Levantine and Iraqi spellings', () => {
  it('reads تشي جين بينغ and سي جين بينغ, and the short تشي once he is named', () => {
    expect(pairs('وأجرى بوتين محادثات مع تشي جين بينغ، وقال تشي إن العلاقات ممتازة.')).toEqual([
      'putin:بوتين',
      'xi:تشي جين بينغ',
      'xi:تشي',
    ]);
    expect(pairs('والتقى بوتين سي جين بينغ في قازان.')).toEqual(['putin:بوتين', 'xi:سي جين بينغ', 'kazan:قازان']);
  });

  it('but not a bare سي (سي إن إن), nor تشي before he is named', () => {
    expect(pairs('والتقى بوتين سي جين بينغ، وقال لشبكة سي إن إن إن سي آي إيه لا تعلم.')).toEqual([
      'putin:بوتين',
      'xi:سي جين بينغ',
    ]);
    expect(pairs('وقال تشي غيفارا إن الثورة مستمرة.')).toEqual([]);
  });
});

describe('a guest, a host or an interlocutor of a nationality', () => {
  const leaders = (text: string) =>
    found(text)
      .filter((f) => f.type === 'leader')
      .map((f) => `${f.id}:${f.text}`);

  it('is the person of that country named before, or else the first named after', () => {
    expect(
      leaders(
        'استقبل الرئيس الروسي فلاديمير بوتين رئيس الوزراء الصيني لي تشيانغ. وأكد بوتين لضيفه الصيني أن العلاقات متينة.',
      ),
    ).toContain('li-qiang:ضيفه الصيني');
    expect(
      leaders(
        'أجرى الرئيس الروسي محادثات مطولة مع مضيفه الصيني في بكين. وخاطب فلاديمير بوتين شي جين بينغ بصديقي العزيز.',
      ),
    ).toContain('xi:مضيفه الصيني');
  });

  it('is the name in apposition, and no one when no one of that country is named (no rank is implied)', () => {
    expect(leaders('استقبل الرئيس الصيني شي جين بينغ ضيفه الروسي وزير الخارجية سيرغي لافروف في بكين.')).toEqual([
      'xi:شي جين بينغ',
      'lavrov:سيرغي لافروف',
    ]);
    expect(leaders('استقبل الرئيس الصيني شي جين بينغ ضيفه الروسي في بكين.')).toEqual(['xi:شي جين بينغ']);
  });
});

describe('a past Iraqi prime minister by his surname', () => {
  it('`عبد المهدي` alone once the text has named him in full, and not before', () => {
    expect(
      pairs(
        'استقبل الرئيس الصيني شي جين بينغ رئيس الوزراء العراقي عادل عبد المهدي. وقال عبد المهدي إن بلاده ترحب.',
        '2019-09-23',
      ),
    ).toContain('abdul-mahdi:عبد المهدي');
    expect(pairs('وقال عبد المهدي إن بلاده ترحب.', '2019-09-23')).toEqual([]);
  });
});
