// Figures whose noun is written once for two numbers or stands away from its number: a second
// ordinal coordinated with the first (الزيارة الثالثة … والحادية عشرة), a definite number after
// its noun as an adjective (دول آسيان العشر), a count before a partitive with a collective (31 من
// حرس الحدود). Sentences written for these tests in the styles of several presses.

import { describe, it } from 'vitest';
import { check } from './figures';

describe('a coordinated ordinal shares the noun of the ordinal before it', () => {
  it('feminine and masculine compound ordinals (RT, Xinhua, Al-Ahram copy)', () => {
    check('وهذه هي الزيارة الثالثة لشي إلى روسيا منذ عام 2013، والحادية عشرة منذ توليه الرئاسة.', [
      ['الزيارة الثالثة', 3, 'visit'],
      ['الحادية عشرة', 11, 'visit'],
    ]);
    check('وهو اللقاء الثاني بين الرئيسين هذا الشهر، والتاسع عشر منذ مطلع عام 2013.', [
      ['اللقاء الثاني', 2, 'meeting'],
      ['التاسع عشر', 19, 'meeting'],
    ]);
    check('وتعد هذه القمة الخامسة بين الزعيمين هذا العام، والأربعين منذ عقد.', [
      ['القمة الخامسة', 5, 'summit'],
      ['الأربعين', 40, 'summit'],
      ['عقد', 1, 'decade'],
    ]);
  });

  it('simple ordinals, in a chain (Gulf and Levantine copy)', () => {
    check('وهي المرة الخامسة التي يلتقي فيها الزعيمان هذا العام والسادسة منذ بداية الأزمة.', [
      ['المرة الخامسة', 5, 'time'],
      ['السادسة', 6, 'time'],
    ]);
    check('وأنجزت الشركتان المرحلة الأولى والثانية والثالثة من خط الغاز.', [
      ['المرحلة الأولى', 1, 'phase'],
      ['الثانية', 2, 'phase'],
      ['الثالثة', 3, 'phase'],
    ]);
  });

  it('not across a sentence, not against the noun’s gender, not a clock hour, not an adjective', () => {
    check('وكانت تلك الزيارة الثالثة. والرابعة من الدول الموقعة هي كازاخستان.', [['الزيارة الثالثة', 3, 'visit']]);
    check('وهو اللقاء الثاني بين الرئيسين هذا الشهر، والحادية عشرة ليلا موعد العشاء.', [
      ['اللقاء الثاني', 2, 'meeting'],
    ]);
    check('وهذه الزيارة الثالثة لبوتين، والثانية ظهرا موعد المؤتمر الصحفي.', [['الزيارة الثالثة', 3, 'visit']]);
    check('وتعقد الدورة العاشرة والأخيرة للمنتدى في بكين.', [['الدورة العاشرة', 10, 'session']]);
    check('والثالثة هي كازاخستان، وقال إن الأولى ستكون في بكين.', []);
  });
});

describe('a definite number after its noun counts it', () => {
  it('countries, members, powers (agency copy)', () => {
    check('وشارك قادة دول آسيان العشر في القمة، واجتمع وزراء خارجية الدول الخمس.', [
      ['دول آسيان العشر', 10, 'country'],
      ['الدول الخمس', 5, 'country'],
    ]);
    check('واتفقت البلدان الثلاثة على المشروع، وحضر الأعضاء العشرة، وقالت القوى الكبرى الخمس.', [
      ['البلدان الثلاثة', 3, 'country'],
      ['الأعضاء العشرة', 10, 'member'],
      ['القوى الكبرى الخمس', 5, 'power'],
    ]);
    check('وأيدت دول الخليج الست القرار، ووقعت الدول الأعضاء التسع على البيان.', [
      ['دول الخليج الست', 6, 'country'],
      ['الدول الأعضاء التسع', 9, 'country'],
    ]);
  });

  it('a noun the lexicon does not know keeps the number, with no unit', () => {
    check('وتأهلت المنتخبات الأربعة إلى الدور النهائي.', [['المنتخبات الأربعة', 4, null]]);
  });

  it('weekdays, idioms and names with a number are no count', () => {
    check('وجرى اللقاء يوم الثلاثاء، والتقى الاثنين في العشر الأواخر من رمضان في شارع الأربعين.', []);
    check('وقال الرئيسان الاثنين إن قمة دول بريكس الـ15 نجحت.', [['الـ15', 15, 'summit']]);
    check('وشارك في قمة مجموعة الثماني، وتحدث عن دول الثماني.', []);
  });
});

describe('a count before a partitive with a collective or construct noun', () => {
  it('guards, crews, police, delegations (Anadolu, SANA, Reuters copy)', () => {
    check('وأعلن مقتل 31 من حرس الحدود، ونجا ثلاثة من أفراد الطاقم.', [
      ['31', 31, 'guard'],
      ['ثلاثة', 3, 'person'],
    ]);
    check('واعتقل 12 من عناصر الشرطة، وغاب اثنان من أعضاء الوفد، وأصيب أربعة من الطاقم.', [
      ['12', 12, 'personnel'],
      ['اثنان', 2, 'member'],
      ['أربعة', 4, 'crew member'],
    ]);
    check('وانشق خمسة من الجيش، وغادر ثلاثة من الوفد الروسي.', [
      ['خمسة', 5, 'soldier'],
      ['ثلاثة', 3, 'delegate'],
    ]);
  });

  it('out of: a count and its whole', () => {
    check('وفاز 2 من أصل 5 مرشحين بالمقاعد.', [
      ['2', 2, 'candidate'],
      ['5 مرشحين', 5, 'candidate'],
    ]);
  });

  it('not a ratio, a bare total, a year or an indefinite collective', () => {
    check('ويعاني 1 من كل 3 أطفال، وحصل على 2 من أصل 5، وفي عام 2020 من الأزمة.', [['3 أطفال', 3, 'child']]);
    check('وكان 2022 من أصعب الأعوام، وانضم ثلاثة من حرس إلى القوة.', []);
  });
});

describe('counted nouns of the news', () => {
  it('fronts, directions, guards, islands, currencies, visas', () => {
    check('وشنت القوات هجمات على ثلاثة محاور وأربع جبهات وفي خمسة اتجاهات، وقتل ثلاثة حراس.', [
      ['ثلاثة محاور', 3, 'axis'],
      ['أربع جبهات', 4, 'front'],
      ['خمسة اتجاهات', 5, 'direction'],
      ['ثلاثة حراس', 3, 'guard'],
    ]);
    check('وتضم المنطقة 7 جزر، ويجري التبادل بـ5 عملات، ومنحت السفارة 300 تأشيرة.', [
      ['7 جزر', 7, 'island'],
      ['5 عملات', 5, 'currency'],
      ['300 تأشيرة', 300, 'visa'],
    ]);
  });

  it('sound masculine plurals spelt as duals count after a number from three', () => {
    check('ووصل 5 مستثمرين و3 مسؤولين و40 مرشحا و12 محتجين.', [
      ['5 مستثمرين', 5, 'investor'],
      ['3 مسؤولين', 3, 'official'],
      ['40 مرشحا', 40, 'candidate'],
      ['12 محتجين', 12, 'protester'],
    ]);
  });

  it('people, places and things', () => {
    check('وسقط 15 ضحية، وأغلقت 4 مخيمات و3 سجون، ودرس 20 باحثا و6 مهندسين في 3 مختبرات.', [
      ['15 ضحية', 15, 'victim'],
      ['4 مخيمات', 4, 'camp'],
      ['3 سجون', 3, 'prison'],
      ['20 باحثا', 20, 'researcher'],
      ['6 مهندسين', 6, 'engineer'],
      ['3 مختبرات', 3, 'laboratory'],
    ]);
    check('ووقع الجانبان 4 معاهدات، وأرسلت موسكو 10 قاذفات و3 ناقلات، واتخذت 5 إجراءات.', [
      ['4 معاهدات', 4, 'treaty'],
      ['10 قاذفات', 10, 'bomber'],
      ['3 ناقلات', 3, 'tanker'],
      ['5 إجراءات', 5, 'measure'],
    ]);
  });

  it('seas are not sailors, and a capital is not counted', () => {
    check('وتجري المناورات في ثلاثة بحار، وكانت موسكو أول عاصمة تعترف بها.', []);
  });
});
