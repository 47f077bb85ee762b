// Publication dates from datelines near the top of a text, in the forms agencies and news sites
// print them; dates inside the story, year-less datelines and relative words give nothing.

import { describe, expect, it } from 'vitest';
import { findPublishedDate } from '../../../lib/dates';
import { makeDoc } from '../../../lib/extract/document';

const published = (text: string) => findPublishedDate(makeDoc(text));
const story = 'أجرى الرئيس الروسي فلاديمير بوتين محادثات مع نظيره الصيني شي جين بينغ تناولت العلاقات الثنائية.';

describe('findPublishedDate', () => {
  it('reads agency datelines at the start of the story', () => {
    expect(published(`عنوان الخبر\nالقاهرة في 5 مايو/أيار 2024 (وام) -- ${story}`)).toBe('2024-05-05');
    expect(published(`عنوان\n( أردو بوينت نتورك / سبوتنيك - 25 يونيو 2021ء) ${story}`)).toBe('2021-06-25');
    expect(published(`بكين 16 مايو 2024 (شينخوا) ${story}`)).toBe('2024-05-16');
    expect(published(`الرياض 27 رجب 1445هـ الموافق 08 فبراير 2024م واس - ${story}`)).toBe('2024-02-08');
  });

  it("reads no agency dateline in a photo's caption that closes on its day and credit", () => {
    const caption =
      'الرئيسان الصيني شي جينبينغ والروسي فلاديمير بوتين في قاعة الشعب الكبرى في بكين، الثلاثاء 2 سبتمبر 2025 (أ ف ب)';
    expect(published(`${caption}\nعنوان التحليل\nكاتب المقال\nالأربعاء 3 سبتمبر 2025 6:45\n${story}`)).toBe(
      '2025-09-03',
    );
    // A city of two words and `في` before the day still open an agency's dateline.
    expect(published(`عنوان\nأبو ظبي في 5 مايو 2024 (وام) -- ${story}`)).toBe('2024-05-05');
  });

  it("takes a year-less dateline's year from the wire's sign-off with the same day (Petra)", () => {
    const wire = (signOff: string) =>
      published(
        `شي وبوتين يبحثان هاتفيا العلاقات\nبكين 15 حزيران (بترا)- ${story}\nوأكد الجانبان أهمية التعاون.\n${signOff}`,
      );
    expect(wire('--(بترا) ا ح/ح ع 15/06/2022 17:42:10')).toBe('2022-06-15');
    // A sign-off of another day is another story's: no year from it.
    expect(wire('--(بترا) ا ح/ح ع 16/06/2022 17:42:10')).toBe(null);
  });

  it("takes a year-less KUNA dateline's year from KUNA's trailer", () => {
    const wire = (trailer: string) =>
      published(
        `الرئيسان يعقدان محادثات في بكين\nبكين - 16 - 5 (كونا) -- ${story}\n(النهاية)\nا س ع / ع ا ب\n${trailer}`,
      );
    expect(wire('كونا161147 جمت مايو 24')).toBe('2024-05-16');
    expect(wire('كونا171147 جمت مايو 24')).toBe(null);
  });

  it("reads a stamp whose date stands beside the site's domain name (CRI)", () => {
    expect(published(`عنوان الخبر\n2023-05-17 22:18:40  arabic.cri.cn\n${story}`)).toBe('2023-05-17');
    // A word of prose beside the date is still no stamp.
    expect(published(`عنوان الخبر\n2023-05-17 22:18:40 قال مسؤولون إن الرئيسين بحثا القضايا\n${story}`)).toBe(null);
  });

  it("reads a print masthead's date on the first line: the paper's name, a weekday and the day", () => {
    expect(published(`الأهرام  الخميس ٣١ من مارس ٢٠٢٢ م\nوانج يى يستقبل لافروف\n${story}`)).toBe('2022-03-31');
    expect(published(`الاهرام  السبت ٢٣ من مارس ٢٠١٣ م  السنه ١٣٧\nعنوان الخبر\n${story}`)).toBe('2013-03-23');
    // A kicker with a date and no weekday is the headline's, not the page's.
    expect(published(`قمة 22 مارس 2023\n${story}`)).toBe(null);
  });

  it('reads a label whose clock time is glued to the day by a dash (Asharq Al-Awsat)', () => {
    expect(published(`عنوان\nنُشر: 18:20-26 يوليو 2024 م ـ 20 مُحرَّم 1446 هـ\n${story}`)).toBe('2024-07-26');
    expect(published(`عنوان\n09:05-3 مارس 2023\n${story}`)).toBe('2023-03-03');
  });

  it('still reads a range of days after a plain dash', () => {
    expect(findPublishedDate(makeDoc(`عنوان\nنشر في: 20-26 يوليو 2024\n${story}`))).toBeNull();
  });

  it('reads an agency dateline whose separator stands after a clock time', () => {
    expect(published(`عنوان\n2024-07-02 21:15:08 | إذاعة الصين الدولية\n${story}`)).toBe('2024-07-02');
    expect(published(`عنوان\n22 مارس 2023 10:45 م - وكالة الأنباء الرسمية\n${story}`)).toBe('2023-03-22');
    expect(published(`عنوان\n22 مارس 2023 10:45 GMT+3 | وكالة الأنباء الرسمية\n${story}`)).toBe('2023-03-22');
    expect(published(`عنوان\nموسكو 22 مارس 2023 14:30 | وكالة الأنباء الرسمية\n${story}`)).toBe('2023-03-22');
    expect(published(`موسكو 22 مارس 2023 الساعة 14:30 بتوقيت موسكو (سبوتنيك) ${story}`)).toBe('2023-03-22');
  });

  it('takes no story sentence with a clock time and a dash for an agency dateline', () => {
    expect(
      published(`عنوان\nالتقى الرئيسان يوم 22 مارس 2023 الساعة 11:00 - وفق ما أعلن الكرملين\n${story}`),
    ).toBeNull();
    expect(published(`عنوان\nيبدأ المؤتمر 22 مارس 2023 10:00 - وتستمر أعماله أسبوعا كاملا\n${story}`)).toBeNull();
    expect(published(`عنوان\nيوم 22 مارس 2023 الساعة 11:00 - التقى الرئيسان في موسكو\n${story}`)).toBeNull();
    expect(published(`عنوان\n22 مارس 2023 الساعة 10:00 - 12:00 محادثات مغلقة في الكرملين\n${story}`)).toBeNull();
    expect(published(`عنوان\nقمة موسكو 22 مارس 2023 14:30 | بث مباشر للمحادثات\n${story}`)).toBeNull();
  });

  it('gives nothing for a year-less agency dateline', () => {
    expect(published(`موسكو - 12 - 3 (كونا) -- ${story}`)).toBeNull();
    expect(published(`موسكو في 12 مارس (كونا) -- ${story}`)).toBeNull();
  });

  it('reads a line that is only a date, with a weekday or a clock time', () => {
    expect(published(`عنوان\n\n22/03/2023\n${story}`)).toBe('2023-03-22');
    expect(published(`عنوان\nالخميس 08 فبراير 2024 - 10:45 ص\n${story}`)).toBe('2024-02-08');
    expect(published(`عنوان\nالأربعاء، 22 آذار 2023\n${story}`)).toBe('2023-03-22');
    expect(published(`١٢ ربيع الأول ١٤٤٥ هـ\n${story}`)).toBe('2023-09-27');
    expect(published(`عنوان\nالثلاثاء 21 رجب 1446هـ الموافق 21 يناير 2025م\n${story}`)).toBe('2025-01-21');
    expect(published(`عنوان\nCGTN العربية\n2024-10-22 21:47 (GMT+8)\n${story}`)).toBe('2024-10-22');
    expect(published(`عنوان\nالأحد 2024/7/14 11:32 ص بتوقيت أبوظبي\n${story}`)).toBe('2024-07-14');
  });

  it('reads a short dateline below the headline: the date with a city and an agency at most', () => {
    expect(published(`عنوان\nموسكو 06 جمادى الآخرة 1444 هـ الموافق 30 ديسمبر 2022 م واس\n${story}`)).toBe('2022-12-30');
    expect(published(`عنوان\nLe360 مع وكالات\n09/04/2024 على الساعة 16:40\n${story}`)).toBe('2024-04-09');
    expect(published(`سبوتنيك عربي\nعنوان\nبكين - سبوتنيك. 16.10.2023, 09:15 (بتوقيت موسكو)\n${story}`)).toBe(
      '2023-10-16',
    );
    expect(published(`عنوان\nالرياض 22 مارس 2023\n${story}`)).toBe('2023-03-22');
    expect(published(`عنوان\nنشر في: 23-04-2019 - 16:48 | آخر تحديث: 23-04-2019 - 16:52\n${story}`)).toBe('2019-04-23');
    expect(published(`عنوان\n2023:03:17.16:45\n${story}`)).toBe('2023-03-17');
  });

  it('takes no headline, kicker or first line with a date for a short dateline', () => {
    expect(published(`بوتين وشي يلتقيان في موسكو 22 مارس 2023\n${story}`)).toBeNull();
    expect(published(`عنوان\nبوتين وشي يلتقيان في موسكو 22 مارس 2023\n${story}`)).toBeNull();
    expect(published(`عنوان\nقمة موسكو 22 مارس 2023\n${story}`)).toBeNull();
    expect(published(`عنوان\nبوتين في موسكو 22 مارس 2023\n${story}`)).toBeNull();
    expect(published(`موسكو 22 مارس 2023 واس\n${story}`)).toBeNull();
    expect(published(`عنوان\nوفد من 15 دولة 22 مارس 2023\n${story}`)).toBeNull();
    expect(published(`عنوان\nموسكو 22 مارس واس\n${story}`)).toBeNull();
    expect(published(`عنوان\nو22/03/2023\n${story}`)).toBeNull();
    expect(published(`عنوان\nفي ب21.05.2014\n${story}`)).toBeNull();
  });

  it("gives a year-less date-only line its lone year, moved away by a copy's bidi (Elaph)", () => {
    expect(published(`إيلاف\nأخبار | اقتصاد\nGMT 15:40 2024 الأربعاء 21 أغسطس\nأخبار\n${story}`)).toBe('2024-08-21');
    expect(published(`عنوان\n2024 21 أغسطس\n${story}`)).toBe('2024-08-21');
    // The weekday must fall on that day; one year only, and nothing else on the line.
    expect(published(`عنوان\nGMT 15:40 2023 الأربعاء 21 أغسطس\n${story}`)).toBeNull();
    expect(published(`عنوان\n2023 الأربعاء 21 أغسطس 2024\n${story}`)).toBeNull();
    expect(published(`عنوان\n2023 2024 21 أغسطس\n${story}`)).toBeNull();
    expect(published(`عنوان\nقمة 2024 في 21 أغسطس\n${story}`)).toBeNull();
    expect(
      published(`عنوان\nالأربعاء 21 أغسطس\n${story}\n${'وأضاف المتحدث أن الجانبين ناقشا التعاون. '.repeat(12)}\n2024`),
    ).toBeNull();
  });

  it("reads two digits right after a date-only line's day and month as its year (Levantine site)", () => {
    expect(published(`عنوان\nالميادين نت - وكالات\n7 أيلول 22 15:20\n${story}`)).toBe('2022-09-07');
    expect(published(`عنوان\n21 كانون الثاني 25\n${story}`)).toBe('2025-01-21');
    // Not apart from the date, and not with words on the line.
    expect(published(`عنوان\n22 15:20 7 أيلول\n${story}`)).toBeNull();
    expect(published(`عنوان\n7 أيلول 22 قتيلا\n${story}`)).toBeNull();
  });

  it('with no dateline at the top, reads a labelled date on a line of its own near the end (German broadcaster)', () => {
    const credits = 'ع.ش/ م.ن (أ ف ب، رويترز)';
    // A long story: the footer lies past the top that datelines are read from.
    const body = `${story}\n`.repeat(18).trim();
    expect(published(`عنوان الخبر\n${body}\n${credits}\nالتاريخ 15.06.2022\nالكاتب دويتشه فيله\nمواضيع ذات صلة`)).toBe(
      '2022-06-15',
    );
    // Not without a label, nor with words after the date (a related item).
    expect(published(`عنوان الخبر\n${body}\n${credits}\n15.06.2022 الكاتب\nمواضيع ذات صلة`)).toBeNull();
    expect(published(`عنوان الخبر\n${body}\nبتاريخ 15.06.2022 التقى الرئيسان في بكين`)).toBeNull();
  });

  it('reads labelled dates, preferring the publication over the update', () => {
    expect(published(`عنوان\nتاريخ النشر: 8th, February 2024 GMT\n${story}`)).toBe('2024-02-08');
    expect(published(`عنوان\nنشر في: 2024-02-08 | آخر تحديث: 2024-02-09\n${story}`)).toBe('2024-02-08');
    expect(published(`عنوان\nآخر تحديث: 09 فبراير 2024\n${story}`)).toBe('2024-02-09');
    expect(published(`Published on February 8, 2024\n${story}`)).toBe('2024-02-08');
    expect(published(`عنوان\nبقلم: محمد علي\n${story}\nنشر بتاريخ 10 أكتوبر 2023`)).toBe('2023-10-10');
  });

  it('does not take a date from the story itself', () => {
    expect(published(`عنوان\nالتقى الرئيسان في 22 مارس 2023 في موسكو وبحثا العلاقات. ${story}`)).toBeNull();
    expect(
      published(`عنوان\n${story}\n${'وأضاف المتحدث أن الجانبين ناقشا التعاون. '.repeat(40)}\n22 مارس 2023`),
    ).toBeNull();
  });

  it('needs a full day with a year: relative words and months give nothing', () => {
    expect(published(`العنوان\nاليوم الخميس\n${story}`)).toBeNull();
    expect(published(`العنوان\nفبراير 2024\n${story}`)).toBeNull();
    expect(published(story)).toBeNull();
  });
});
