import { describe, expect, it } from 'vitest';
import { pairs } from './found';

describe('look-alikes', () => {
  it('does not read Xi inside another person whose name contains جين بينغ', () => {
    expect(pairs('وقال وزير التعليم الصيني خواي جين بينغ إن')).toEqual(['huai-jinpeng:خواي جين بينغ']);
    expect(pairs('التقى هواي جين بنغ بالطلاب')).toEqual(['huai-jinpeng:هواي جين بنغ']);
  });

  it('reads `سي` as Xi once `سي جين بينغ` is named, never in a spelled-out acronym', () => {
    expect(
      pairs(
        'وصل الرئيس الصيني سي جين بينغ. وقال سي إن البلدين جاران، وقال سي في كلمته. ونقلت (سي سي تي في) و«سي إن إن»',
      ),
    ).toEqual(['xi:سي جين بينغ', 'xi:سي', 'xi:سي']);
    expect(
      pairs('وقعت غازبروم مع «سي إن بي سي» ومؤسسة البترول (سي.إن.بي.سي) بحضور سي جين بينغ، وهيئة بي بي سي'),
    ).toEqual(['xi:سي جين بينغ']);
    // Without the full name, `سي` is nobody (a Maghrebi honorific: `سي محمد`).
    expect(pairs('واستقبل سي محمد الضيوف')).toEqual([]);
  });

  it('does not read Li Qiang inside the name of Liao Liqiang, ambassador to Egypt', () => {
    expect(pairs('التقى السفير الصينى لياو لي تشيانغ نظيره')).toEqual(['liao-liqiang:لياو لي تشيانغ']);
    expect(pairs('وقال لي تشيانغ')).toEqual(['li-qiang:لي تشيانغ']);
  });

  it("reads a minister's surname alone once his full name is in the text", () => {
    expect(pairs('استقبل خواي جين بينغ نظيره سيرغي كرافتسوف.\nوأشار خواي إلى أن')).toEqual([
      'huai-jinpeng:خواي جين بينغ',
      'kravtsov:سيرغي كرافتسوف',
      'huai-jinpeng:خواي',
    ]);
    expect(pairs('وأشار خواي إلى أن')).toEqual([]);
  });

  it("does not read Xi in his wife's name", () => {
    expect(pairs('وحضرت السيدة بنج ليوان الحفل')).toEqual([]);
    expect(pairs('وحضرت بينغ لي يوان قرينة شي جين بينغ')).toEqual(['xi:شي جين بينغ']);
  });

  it('does not read Xi in other Chinese names that begin with شي', () => {
    expect(pairs('يرى البروفيسور شي ين هونغ أن شي جين بينغ')).toEqual(['xi:شي جين بينغ']);
    expect(pairs('والد الرئيس، شي تشونغ شيون، وشي جين بينغ')).toEqual(['xi:شي جين بينغ']);
  });

  it('does not take organisations named after a city for the city', () => {
    expect(pairs('قمة منظمة شنغهاي للتعاون في سمرقند')).toEqual(['samarkand:سمرقند']);
    expect(pairs('على هامش اجتماع منظمة شنجهاي')).toEqual([]);
    expect(pairs('دول شنغهاي للتعاون')).toEqual([]);
    expect(pairs('وصل إلى شنغهاي أمس')).toEqual(['shanghai:شنغهاي']);
    // The press often quotes the city's name inside the organisation's or its summit's.
    expect(pairs('بوتين يصل إلى تيانجين للمشاركة في قمة "شنغهاي" قبل محادثات مع شي في بكين')).toEqual([
      'putin:بوتين',
      'tianjin:تيانجين',
      'beijing:بكين',
    ]);
    expect(pairs('على هامش قمة «شنغهاي» في أستانا، وأعمال منظمة “شنغهاي” للتعاون')).toEqual(['astana:أستانا']);
    // KUNA brackets it: `على هامش قمة (شنغهاي)`; a city in brackets after a place is still the city.
    expect(pairs('لقاؤهما في أستانا على هامش قمة (شنغهاي) في يوليو')).toEqual(['astana:أستانا']);
    // QNA and MENA put names between slashes: `منظمة /شنغهاي/ للتعاون`.
    expect(pairs('بما في ذلك مجموعة /بريكس/ ومنظمة /شنغهاي/ للتعاون')).toEqual([]);
    expect(pairs('وزار بوتين /شنغهاي/ عام 2014')).toEqual(['putin:بوتين', 'shanghai:شنغهاي']);
    expect(pairs('زار مدينة شنغهاي (الصين) في مايو')).toEqual(['shanghai:شنغهاي']);
    expect(pairs('وصل إلى "شنغهاي" أمس')).toEqual(['shanghai:شنغهاي']);
    expect(pairs('وفق اتفاقيات مينسك')).toEqual([]);
    expect(pairs('انسحب ترمب من اتفاق باريس للمناخ وديون نادي باريس، ثم زار ماكرون في باريس', '2025-01-22')).toEqual([
      'trump:ترمب',
      'macron:ماكرون',
      'paris:باريس',
    ]);
    expect(pairs('فاز سبارتاك موسكو')).toEqual([]);
    // Outlets named after the capital; the capital itself stays a city.
    expect(pairs('ويرصد القاهرة 24 أبرز المعلومات، وقالت قناة القاهرة الإخبارية إن الوفد وصل إلى القاهرة')).toEqual([
      'cairo:القاهرة',
    ]);
    // An outlet named "<city> today" opening its credit line; the city in a sentence stays a city.
    expect(pairs('بغداد اليوم - متابعة\nوصل الوفد إلى بغداد اليوم - بحسب مصادر.')).toEqual(['baghdad:بغداد']);
    // A city alone in quotes names an organisation, a format, a ship or a paper; after a word of
    // place or of naming it is the city; a quoted site is the site.
    expect(pairs('قادة «شنغهاي» في أستانا، واجتماع «شنغهاي+» اليوم، ثم زار شنغهاي.')).toEqual([
      'astana:أستانا',
      'shanghai:شنغهاي',
    ]);
    expect(pairs('موسكو - «الرياض» - وكالات. والمدمرة «أورومتشي»')).toEqual(['moscow:موسكو']);
    expect(pairs('هاربين التي يسميها الروس "خاربين"')).toEqual(['harbin:هاربين', 'harbin:خاربين']);
    expect(pairs('أقيم الحفل في «عش الطائر»')).toEqual(['beijing-national-stadium:عش الطائر']);
    // Chinese aircraft named after their maker's city; the cities themselves stay cities.
    expect(pairs('وأخرى صينية من طراز "شيان إتش-6 كا" ومقاتلات شنيانغ جيه-11 ومروحيات هاربين زد-9')).toEqual([]);
    expect(pairs('أقلعت القاذفات من قاعدة قرب شيان ثم هبطت في هاربين')).toEqual(['xian:شيان', 'harbin:هاربين']);
    expect(pairs('نقلت صحيفة واشنطن بوست')).toEqual([]);
  });

  it('knows large Arab cities beyond the capitals; those that are also common nouns only as cities', () => {
    expect(pairs('افتتح المصنع في القنيطرة وأكادير، ثم زار الموصل وبورسعيد')).toEqual([
      'kenitra:القنيطرة',
      'agadir:أكادير',
      'mosul:الموصل',
      'port-said:بورسعيد',
    ]);
    expect(pairs('وزار مدينة فاس ثم مدينة عدن')).toEqual(['fez:فاس', 'aden:عدن']);
    expect(pairs('وقع الفأس في الرأس، فلا جنة عدن ولا نار')).toEqual([]);
  });

  it('does not take everyday words for cities or names', () => {
    expect(pairs('بسبب القوة القاهرة')).toEqual([]);
    expect(pairs('عاد إلى مسقط رأسه')).toEqual([]);
    expect(pairs('لولا الدعم الصيني لما نجحت')).toEqual([]);
    expect(pairs('الهدف الرئيسي للزيارة، وهو رئيسي بالنسبة للبلدين')).toEqual([]);
    expect(pairs('كيف ترى موسكو ذلك')).toEqual(['moscow:موسكو']);
  });

  it('reads a contextual name after a title', () => {
    expect(pairs('وقال الرئيس البرازيلي لولا إن')).toEqual(['lula:لولا']);
    expect(pairs('والتقى الرئيس الإيراني رئيسي نظيره', '2023-06-01')).toEqual(['raisi:رئيسي']);
    expect(pairs('واستقبل الملك سلمان الضيوف')).toEqual(['salman:سلمان']);
    expect(pairs('استقبل شي جين بينغ لويس إيناسيو لولا دا سيلفا. ودعا لولا إلى السلام')).toEqual([
      'xi:شي جين بينغ',
      'lula:لويس إيناسيو لولا دا سيلفا',
      'lula:لولا',
    ]);
  });
});
