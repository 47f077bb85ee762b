// Named sites written with several words (`ساحة تيان أن مين`, `قاعدة إلمندورف - ريتشاردسون
// العسكرية`), and sites the gazetteer does not know whose name holds a known city (`جامعة موسكو
// الحكومية`, `مطار بكين الدولي`): the span is the whole site, not the city inside it.

import { describe, expect, it } from 'vitest';
import { pairs } from './found';

describe('known multi-word sites', () => {
  it('squares, bases, institutes and stadiums (Xinhua, Al-Ain, Asharq, Youm7 copy)', () => {
    expect(pairs('وأقيمت مراسم الاستقبال في ساحة تيان أن مين وسط العاصمة.')).toEqual([
      'tiananmen-square:ساحة تيان أن مين',
    ]);
    expect(pairs('وجرى العرض العسكري في ساحة كيم إيل سونغ في بيونغ يانغ.')).toEqual([
      'kim-il-sung-square:ساحة كيم إيل سونغ',
      'pyongyang:بيونغ يانغ',
    ]);
    expect(pairs('وعقدت القمة في قاعدة إلمندورف - ريتشاردسون العسكرية في أنكوريج.')).toEqual([
      'elmendorf-richardson:قاعدة إلمندورف - ريتشاردسون العسكرية',
      'anchorage:أنكوريج',
    ]);
    expect(pairs('وزار بوتين معهد هاربين للتكنولوجيا في اليوم الثاني.')).toEqual([
      'putin:بوتين',
      'harbin-institute-of-technology:معهد هاربين للتكنولوجيا',
    ]);
    expect(pairs('وأقيم الحفل في ستاد القاهرة الدولي بحضور الرئيس.')).toEqual([
      'cairo-international-stadium:ستاد القاهرة الدولي',
    ]);
  });

  it("Moscow's airports, with or without مطار (Youm7, RT, Sputnik copy)", () => {
    expect(pairs('ووصل شى جين بينج إلى مطار فنوكوفو فى العاصمة الروسية موسكو.')).toEqual([
      'xi:شى جين بينج',
      'vnukovo-airport:مطار فنوكوفو',
      'moscow:موسكو',
    ]);
    expect(pairs('وحطت طائرة الرئيس الصيني في مطار فنوكوفو-2 الحكومي.')).toEqual([
      'xi:الرئيس الصيني (title)',
      'vnukovo-airport:مطار فنوكوفو',
    ]);
    expect(pairs('وكان في استقباله بفنوكوفو نائب رئيس الوزراء.')).toEqual(['vnukovo-airport:فنوكوفو']);
    expect(pairs('وغادر الوفد من مطار شيريميتيفو الدولي.')).toEqual(['sheremetyevo-airport:مطار شيريميتيفو الدولي']);
  });
});

describe('unknown sites named after a known city', () => {
  it('take the whole name, with the city id', () => {
    expect(pairs('وألقى الرئيس كلمة أمام طلاب جامعة موسكو الحكومية.')).toEqual(['moscow:جامعة موسكو الحكومية']);
    expect(pairs('وحطت طائرته في مطار بكين الدولي صباحا.')).toEqual(['beijing:مطار بكين الدولي']);
    expect(pairs('وتخرج الوزير في معهد موسكو للعلاقات الدولية.')).toEqual(['moscow:معهد موسكو للعلاقات الدولية']);
    expect(pairs('وافتتح المعرض في مركز قازان للمعارض والمؤتمرات.')).toEqual(['kazan:مركز قازان للمعارض']);
    expect(pairs('وتحدث بجامعة بكين عن التعاون.')).toEqual(['beijing:جامعة بكين']);
  });

  it('not a city that only follows the site noun in another phrase', () => {
    expect(pairs('ووقع انفجار في مركز موسكو التجاري، وقال أستاذ في جامعة إن موسكو مستعدة.')).toEqual([
      'moscow:موسكو',
      'moscow:موسكو',
    ]);
    expect(pairs('وجرى اللقاء في فندق ريتز كارلتون.')).toEqual([]);
  });
});

describe('the National Centre for the Performing Arts', () => {
  it('is a site in Beijing', () => {
    expect(pairs('وحضر الزعيمان حفلا في المركز الوطني للفنون المسرحية في بكين')).toEqual([
      'national-centre-for-the-performing-arts:المركز الوطني للفنون المسرحية',
      'beijing:بكين',
    ]);
  });
});
