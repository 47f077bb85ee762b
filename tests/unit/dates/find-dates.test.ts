// Date mentions in running text, in the wording of many presses (Egyptian, Gulf, Levantine,
// Iraqi, Moroccan, Algerian/Tunisian, agency copy): spans as the gold annotates them (attached
// proclitics and a leading `في` left out) and ISO values against the publication date.

import { describe, expect, it } from 'vitest';
import { findDates } from '../../../lib/dates';
import { makeDoc, toMention } from '../../../lib/extract/document';

type Found = [text: string, value: string | null, valueEnd?: string | null];

function datesIn(text: string, ref: string | null): Found[] {
  const doc = makeDoc(text);
  return findDates(doc, ref).map((c) => {
    const m = toMention(doc, c);
    expect(m.type).toBe('date');
    return m.valueEnd ? [m.text, m.value as string | null, m.valueEnd] : [m.text, m.value as string | null];
  });
}

describe('findDates: relative days against the publication date', () => {
  it('reads today, yesterday and their parts of day (RT, Sputnik, Xinhua style)', () => {
    const text =
      'أعلن الكرملين، اليوم الخميس، أن بوتين أجرى مساء أمس الأربعاء اتصالا هاتفيا، وقال المتحدث صباح اليوم إن الجانبين تحدثا أول أمس وسيلتقيان بعد غد.';
    expect(datesIn(text, '2024-02-08')).toEqual([
      ['اليوم الخميس', '2024-02-08'],
      ['مساء أمس الأربعاء', '2024-02-07'],
      ['صباح اليوم', '2024-02-08'],
      ['أول أمس', '2024-02-06'],
      ['بعد غد', '2024-02-10'],
    ]);
  });

  it('leaves attached proclitics out of the span and gives null without a reference', () => {
    expect(datesIn('وأمس التقى الوزيران، وغداً يعودان، وبالأمس القريب.', null)).toEqual([
      ['أمس', null],
      ['غداً', null],
      ['الأمس', null],
    ]);
  });

  it('does not take a day noun or an ordinal day for today', () => {
    expect(datesIn('في اليوم الأول من القمة، وفي اليوم العالمي للمرأة، وفي اليوم الذي وصل فيه.', '2024-02-08')).toEqual(
      [],
    );
  });

  it('keeps "the day after the visit" as a date whose value the text does not give', () => {
    expect(datesIn('وفي اليوم التالي للزيارة وقع الجانبان اتفاقيات.', '2023-03-22')).toEqual([['اليوم التالي', null]]);
  });

  it('leaves "a week ago" to the figures (the duration is what the gold marks)', () => {
    expect(datesIn('قبل أسبوع، وقبل ثلاثة أيام، وقبل يومين، وقبل أسبوع من الانتخابات.', '2024-02-08')).toEqual([]);
  });

  it('reads a weekday in brackets after today (Xinhua: اليوم (السبت))', () => {
    expect(datesIn('أجرى الرئيس اليوم (السبت) محادثات، وأمس (الجمعة) وصل.', '2016-06-25')).toEqual([
      ['اليوم (السبت)', '2016-06-25'],
      ['أمس (الجمعة)', '2016-06-24'],
    ]);
  });

  it('measures from a year-less dateline when there is no publication date', () => {
    const text =
      'سوتشي في 6 فبراير / وام / التقى الرئيس اليوم نظيره الذي وصل لحضور الافتتاح المقرر غدا الجمعة، بعد لقاء في الأول من الشهر الجاري.';
    expect(datesIn(text, null)).toEqual([
      ['6 فبراير', '--02-06'],
      ['اليوم', '--02-06'],
      ['غدا الجمعة', '--02-07'],
      ['الأول من الشهر الجاري', '--02-01'],
    ]);
    expect(datesIn('موسكو - 12 - 3 (كونا) -- أعلن الكرملين اليوم أن الرئيس سيزور بكين.', null)).toEqual([
      ['12 - 3', '--03-12'],
      ['اليوم', '--03-12'],
    ]);
  });
});

describe('findDates: weekdays', () => {
  it('reads a bare weekday as the most recent one, today included, and after a future verb as the next', () => {
    // 2023-03-22 is a Wednesday.
    const text = 'عقدت يوم الاثنين الماضي قمة في موسكو. والتقى الرئيسان الأربعاء. وسيزور الوزير بكين يوم الجمعة.';
    expect(datesIn(text, '2023-03-22')).toEqual([
      ['يوم الاثنين الماضي', '2023-03-20'],
      ['الأربعاء', '2023-03-22'],
      ['يوم الجمعة', '2023-03-24'],
    ]);
  });

  it('reads next and last weekdays, excluding today, and weekdays of a named week', () => {
    const text =
      'الخميس المقبل، والخميس الماضي، وأحد الأسبوع الماضي، والجمعة من الأسبوع المقبل، والاثنين من هذا الأسبوع';
    expect(datesIn(text, '2024-02-08')).toEqual([
      ['الخميس المقبل', '2024-02-15'],
      ['الخميس الماضي', '2024-02-01'],
      ['أحد الأسبوع الماضي', '2024-02-04'],
      ['الجمعة من الأسبوع المقبل', '2024-02-16'],
      ['الاثنين من هذا الأسبوع', '2024-02-05'],
    ]);
  });

  it('joins a weekday to its date and uses it to pick the year', () => {
    const text = 'الأربعاء الموافق 13 شباط، والخميس 15 أغسطس، ويوم الخميس (8 فبراير).\nويوم السبت 15 حزيران/يونيو 2024';
    expect(datesIn(text, '2013-02-12')).toEqual([
      ['الأربعاء الموافق 13 شباط', '2013-02-13'],
      ['الخميس 15 أغسطس', '2013-08-15'],
      ['يوم الخميس (8 فبراير)', '2013-02-08'],
      ['يوم السبت 15 حزيران/يونيو 2024', '2024-06-15'],
    ]);
  });

  it('reads two weekdays as a two-day span, before a date or alone', () => {
    const text = 'يزور بوتين الصين يومي الخميس والجمعة 16 و17 مايو، وسيلتقيان يومي الثلاثاء والأربعاء';
    expect(datesIn(text, '2024-05-16')).toEqual([
      ['يومي الخميس والجمعة 16 و17 مايو', '2024-05-16', '2024-05-17'],
      ['يومي الثلاثاء والأربعاء', '2024-05-21', '2024-05-22'],
    ]);
  });

  it('does not read eleven (الأحد عشر) as Sunday', () => {
    expect(datesIn('اللاعبون الأحد عشر', '2024-02-08')).toEqual([]);
  });
});

describe('findDates: calendar dates of every month series', () => {
  it('reads Egyptian/Gulf months with their spellings and paired forms', () => {
    const text =
      'يوم 28 يونيو، و28 حزيران/يونيو، و31 أغسطس/آب، و5 إبريل و6 ابريل و7 أبريل، و1 يونية، و2 يولية، و3 اغسطس، وأيلول (سبتمبر) 2022';
    expect(datesIn(text, '2021-06-25')).toEqual([
      ['يوم 28 يونيو', '2021-06-28'],
      ['28 حزيران/يونيو', '2021-06-28'],
      ['31 أغسطس/آب', '2021-08-31'],
      ['5 إبريل', '2021-04-05'],
      ['6 ابريل', '2021-04-06'],
      ['7 أبريل', '2021-04-07'],
      ['1 يونية', '2021-06-01'],
      ['2 يولية', '2021-07-02'],
      ['3 اغسطس', '2021-08-03'],
      ['أيلول (سبتمبر) 2022', '2022-09'],
    ]);
  });

  it('reads Levantine and Iraqi months (SANA, Lebanese and Iraqi press)', () => {
    const text =
      'دمشق-سانا: في 28 كانون الثاني الماضي، وفي تشرين الأول 2023، وفي 12 تشرين الثاني، وخلال نيسان ٢٠٢٣، وفي شهر تموز الماضي، و3 كانون الأول';
    expect(datesIn(text, '2024-02-08')).toEqual([
      ['28 كانون الثاني الماضي', '2024-01-28'],
      ['تشرين الأول 2023', '2023-10'],
      ['12 تشرين الثاني', '2023-11-12'],
      ['نيسان ٢٠٢٣', '2023-04'],
      ['شهر تموز الماضي', '2023-07'],
      ['3 كانون الأول', '2023-12-03'],
    ]);
  });

  it('reads Moroccan months (MAP) and the Moroccan first day (فاتح)', () => {
    const text =
      'الرباط - أجرى الملك يوم 15 شتنبر 2022 مباحثات، وينظم المنتدى من 12 إلى 14 نونبر المقبل، بعد دورة ماي الماضي، وفي 30 يوليوز، و5 غشت، وفاتح دجنبر.';
    expect(datesIn(text, '2022-09-16')).toEqual([
      ['يوم 15 شتنبر 2022', '2022-09-15'],
      ['من 12 إلى 14 نونبر المقبل', '2022-11-12', '2022-11-14'],
      ['ماي الماضي', '2022-05'],
      ['30 يوليوز', '2022-07-30'],
      ['5 غشت', '2022-08-05'],
      ['فاتح دجنبر', '2022-12-01'],
    ]);
  });

  it('reads Algerian and Tunisian months (APS, TAP)', () => {
    const text =
      'استقبل الرئيس يوم 14 جوان 2022 الوزير، وزار موسكو في جويلية وأوت، ومن 5 إلى 7 أفريل، وفي 3 فيفري و12 جانفي.';
    expect(datesIn(text, '2022-09-16')).toEqual([
      ['يوم 14 جوان 2022', '2022-06-14'],
      ['جويلية', '2022-07'],
      ['أوت', '2022-08'],
      ['من 5 إلى 7 أفريل', '2022-04-05', '2022-04-07'],
      ['3 فيفري', '2022-02-03'],
      ['12 جانفي', '2022-01-12'],
    ]);
  });

  it('does not take month words that are ordinary words there', () => {
    const text =
      'مارس الرئيس ضغوطا على الأب، وطرحت نيسان سيارة، وغنى تموز، ولعبت جوان، وكتب ماي فريند، وسافر مع أب روسي.';
    expect(datesIn(text, '2024-02-08')).toEqual([]);
  });

  it('takes an ambiguous month with a day, a year, a preposition or an adjective', () => {
    const text = 'في 3 مارس، وفي مارس، ومارس 2023، وآب الماضي، ومنذ آب';
    expect(datesIn(text, '2024-02-08')).toEqual([
      ['3 مارس', '2024-03-03'],
      ['مارس', '2024-03'],
      ['مارس 2023', '2023-03'],
      ['آب الماضي', '2023-08'],
      ['آب', '2023-08'],
    ]);
  });

  it('reads ordinal day words and month numbers', () => {
    const text =
      'في الأول من مارس، والثالث عشر من شباط، والخامس والعشرين من ديسمبر، والـ15 من الشهر الجاري، واليوم الثالث من شهر عشرة، وفي 3 من الشهر الثامن، وفي شهر 3';
    expect(datesIn(text, '2024-02-08')).toEqual([
      ['الأول من مارس', '2024-03-01'],
      ['الثالث عشر من شباط', '2024-02-13'],
      ['الخامس والعشرين من ديسمبر', '2023-12-25'],
      ['الـ15 من الشهر الجاري', '2024-02-15'],
      ['اليوم الثالث من شهر عشرة', '2024-10-03'],
      ['3 من الشهر الثامن', '2024-08-03'],
      ['شهر 3', '2024-03'],
    ]);
  });

  it('does not read a first month of a war or a second of its kind as dates', () => {
    expect(datesIn('في الشهر الأول من الحرب، وهي الثانية من نوعها، والمادة 25 من الدستور.', '2024-02-08')).toEqual([]);
    expect(datesIn('قمة العشرين في أيلول/سبتمبر', '2024-02-08')).toEqual([['أيلول/سبتمبر', '2024-09']]);
  });
});

describe('findDates: year placement of year-less dates', () => {
  it('puts past-tense reports in the past and announcements in the future', () => {
    const text =
      'وكان الرئيسان قد التقيا في 17 أكتوبر. أعلن الكرملين أن بوتين يزور الصين في 3 مارس. وشارك في 3 مارس في اجتماع. ستعقد القمة في 5 يناير.';
    expect(datesIn(text, '2024-02-08')).toEqual([
      ['17 أكتوبر', '2023-10-17'],
      ['3 مارس', '2024-03-03'],
      ['3 مارس', '2023-03-03'],
      ['5 يناير', '2025-01-05'],
    ]);
  });

  it('reads a December in a January story as last December', () => {
    expect(datesIn('في 20 ديسمبر', '2024-01-10')).toEqual([['20 ديسمبر', '2023-12-20']]);
    expect(datesIn('في 20 أكتوبر', '2024-01-10')).toEqual([['20 أكتوبر', '2023-10-20']]);
    expect(datesIn('في 20 سبتمبر', '2024-01-10')).toEqual([['20 سبتمبر', '2024-09-20']]);
  });

  it('gives partial values when there is no reference', () => {
    const text = 'العام الجاري، شهر فبراير الماضي، في الفترة من 15-16 سبتمبر';
    expect(datesIn(text, null)).toEqual([
      ['العام الجاري', null],
      ['شهر فبراير الماضي', '--02'],
      ['15-16 سبتمبر', '--09-15', '--09-16'],
    ]);
  });
});

describe('findDates: ranges', () => {
  it('reads day ranges in all their forms as one mention', () => {
    const text =
      'يومي 15 و16 سبتمبر، ويومي 31 أغسطس و1 سبتمبر، وبين 22 و24 أكتوبر، ومن 31 أغسطس إلى 3 سبتمبر، ومن 13 الى 15 تموز، ومن الثالث والعشرين وحتى السادس والعشرين من شهر اكتوبر، ويوليو 13-15، ومن 28 ديسمبر إلى 2 يناير';
    expect(datesIn(text, '2022-09-20')).toEqual([
      ['يومي 15 و16 سبتمبر', '2022-09-15', '2022-09-16'],
      ['يومي 31 أغسطس و1 سبتمبر', '2022-08-31', '2022-09-01'],
      ['22 و24 أكتوبر', '2022-10-22', '2022-10-24'],
      ['من 31 أغسطس إلى 3 سبتمبر', '2022-08-31', '2022-09-03'],
      ['من 13 الى 15 تموز', '2022-07-13', '2022-07-15'],
      ['من الثالث والعشرين وحتى السادس والعشرين من شهر اكتوبر', '2022-10-23', '2022-10-26'],
      ['يوليو 13-15', '2022-07-13', '2022-07-15'],
      ['من 28 ديسمبر إلى 2 يناير', '2022-12-28', '2023-01-02'],
    ]);
  });

  it('reads parts of months as the month in running text (whole phrases keep the intervals)', () => {
    const text = 'في أوائل مارس، وأواخر الشهر الماضي، ومنتصف الشهر الجاري، ونهاية أبريل 2023، ومطلع العام الجاري';
    expect(datesIn(text, '2024-02-08')).toEqual([
      ['أوائل مارس', '2024-03'],
      ['أواخر الشهر الماضي', '2024-01'],
      ['منتصف الشهر الجاري', '2024-02'],
      ['نهاية أبريل 2023', '2023-04'],
      ['مطلع العام الجاري', '2024'],
    ]);
  });

  it('keeps two dates joined by "and" apart, the first taking the year of the second', () => {
    expect(datesIn('في 15 مارس و20 أبريل 2023', '2024-02-08')).toEqual([
      ['15 مارس', '2023-03-15'],
      ['20 أبريل 2023', '2023-04-20'],
    ]);
  });
});

describe('findDates: years', () => {
  it('reads years with a year word, a preposition or an era mark', () => {
    const text =
      'عام 2023، العام 2022، سنة 2021، لعام 2020، في 2019، منذ 2014، 2024م، 25 يونيو 2021ء، عامي 2022 و2023، عام 2022-2023';
    expect(datesIn(text, '2024-02-08')).toEqual([
      ['عام 2023', '2023'],
      ['العام 2022', '2022'],
      ['سنة 2021', '2021'],
      ['عام 2020', '2020'],
      ['2019', '2019'],
      ['2014', '2014'],
      ['2024م', '2024'],
      ['25 يونيو 2021ء', '2021-06-25'],
      ['عامي 2022', '2022'],
      ['2023', '2023'],
      ['عام 2022-2023', '2022', '2023'],
    ]);
  });

  it('reads ranges of years after من and بين, not counts', () => {
    const text =
      'ما بين 2013 و2019 زار شي روسيا، ومن 2020 إلى 2022 لم يزرها، وأكثر من 2000 شخص، ومن 2000 إلى 1500 جندي';
    expect(datesIn(text, null)).toEqual([
      ['2013 و2019', '2013', '2019'],
      ['من 2020 إلى 2022', '2020', '2022'],
    ]);
  });

  it('reads a year coordinated with the year before it', () => {
    expect(datesIn('يبدأ التشغيل في عام 2018 أو 2019، وبلغ العدد 2000 أو 3000', null)).toEqual([
      ['عام 2018', '2018'],
      ['2019', '2019'],
    ]);
  });

  it('reads relative years and keeps the general secretary out', () => {
    const text =
      'العام الماضي، السنة المقبلة، هذا العام، هذه السنة، السنة الحالية، الأمين العام السابق، النائب العام الحالي، خلال العام الجاري';
    expect(datesIn(text, '2024-02-08')).toEqual([
      ['العام الماضي', '2023'],
      ['السنة المقبلة', '2025'],
      ['هذا العام', '2024'],
      ['هذه السنة', '2024'],
      ['السنة الحالية', '2024'],
      ['العام الجاري', '2024'],
    ]);
  });

  it('reads a week told from the reference as a date with no value (a week is no day, month or year)', () => {
    expect(
      datesIn('زار لافروف بكين الأسبوع الماضي، ويزورها بوتين الأسبوع المقبل أو خلال هذا الأسبوع.', '2024-02-08'),
    ).toEqual([
      ['الأسبوع الماضي', null],
      ['الأسبوع المقبل', null],
      ['هذا الأسبوع', null],
    ]);
    // A week with no direction is no date: a weekend, the first week of a month, a week's length.
    expect(datesIn('في عطلة نهاية الأسبوع، ولمدة أسبوع، وفي الأسبوع الأول من الزيارة', '2024-02-08')).toEqual([]);
  });

  it('does not read counts, durations or vague spans as dates', () => {
    const text =
      'نحو 2000 جندي، منذ 3 أشهر، استمرت يومين، بعد ثلاثة أيام، في السنوات الأخيرة، في وقت سابق، حالياً، لمدة أسبوع، نهاية الأسبوع، 15 عاما، الذكرى الـ75، العامين الماضيين';
    expect(datesIn(text, '2024-02-08')).toEqual([]);
  });
});

describe('findDates: numeric, English and Hijri dates', () => {
  it('reads numeric dates in every order and digit set, not fractions, scores or times', () => {
    const text =
      '٢٢/٠٣/٢٠٢٣ و2023/03/22 و22-03-2023 و22.03.2023 و۱۵/۰۲/۲۰۲۴ و03/22/2023 و2/2013، والنتيجة 3-2 و1/2 من السكان و24/7 والساعة 10:30 و10.5 مليار والإصدار 2.0.1';
    expect(datesIn(text, null)).toEqual([
      ['٢٢/٠٣/٢٠٢٣', '2023-03-22'],
      ['2023/03/22', '2023-03-22'],
      ['22-03-2023', '2023-03-22'],
      ['22.03.2023', '2023-03-22'],
      ['۱۵/۰۲/۲۰۲۴', '2024-02-15'],
      ['03/22/2023', '2023-03-22'],
      ['2/2013', '2013-02'],
    ]);
    expect(datesIn('14 - أبريل - 2023 و14/أبريل/2023', null)).toEqual([
      ['14 - أبريل - 2023', '2023-04-14'],
      ['14/أبريل/2023', '2023-04-14'],
    ]);
  });

  it('reads a dashed day followed by a spaced dash and its clock time, not a longer run', () => {
    expect(datesIn('نشر في: 23-04-2019 - 16:48 | آخر تحديث: 23.04.2019 - 16:52', null)).toEqual([
      ['23-04-2019', '2019-04-23'],
      ['23.04.2019', '2019-04-23'],
    ]);
    expect(datesIn('السبت 16 - 06 - 2022 - 10:30 صباحا', null)).toEqual([['السبت 16 - 06 - 2022', '2022-06-16']]);
    expect(datesIn('الرقم 1-2-2019-5 والرمز 12-10-2019-33 و16 - 06 - 2022 - 5', null)).toEqual([]);
  });

  it("reads People's Daily's year-first colon dates, glued to the clock time or not, never a clock", () => {
    expect(datesIn('2023:03:17.16:45', null)).toEqual([['2023:03:17.16', '2023-03-17']]);
    expect(datesIn('نشر 2024:05:16 08:34', null)).toEqual([['2024:05:16', '2024-05-16']]);
    expect(datesIn('في الساعة 10:30:15 وبنتيجة 2023:13:17 و2023:03:17:45 و12:03:17', null)).toEqual([]);
  });

  it('reads a day written with spaced dashes and a four-digit year, not a spaced score or range', () => {
    expect(datesIn('نشر في الصباح نيوز يوم 16 - 06 - 2022', null)).toEqual([['16 - 06 - 2022', '2022-06-16']]);
    expect(datesIn('وانتهت المباراة بنتيجة 3 - 2 لصالح الفريق.', null)).toEqual([]);
  });

  it('reads English datelines', () => {
    const text = 'تاريخ النشر: 8th, February 2024 GMT، Updated 8 Feb 2024 10:30، Thursday, February 8, 2024';
    expect(datesIn(text, null)).toEqual([
      ['8th, February 2024', '2024-02-08'],
      ['8 Feb 2024', '2024-02-08'],
      ['Thursday, February 8, 2024', '2024-02-08'],
    ]);
  });

  it('reads Hijri dates with their Gregorian value; the Gregorian twin is a mention of its own', () => {
    const text =
      'الخميس 27 رجب 1445 هـ الموافق 8 فبراير 2024م، والخميس - 8 ذو القعدة 1445 هـ - 16 مايو 2024 مـ، وفي رمضان 1445 هـ، وعام 1445هـ، وغرة شوال 1442، و3 صفر 2 نتيجة المباراة';
    expect(datesIn(text, null)).toEqual([
      ['الخميس 27 رجب 1445 هـ', '2024-02-08'],
      ['8 فبراير 2024م', '2024-02-08'],
      ['الخميس - 8 ذو القعدة 1445 هـ', '2024-05-16'],
      ['16 مايو 2024 مـ', '2024-05-16'],
      ['رمضان 1445 هـ', '2024-03-11', '2024-04-09'],
      ['1445هـ', '2023-07-19', '2024-07-06'],
      ['غرة شوال 1442', '2021-05-13'],
    ]);
  });
});
