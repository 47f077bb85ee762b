// A place that names a clock time's zone, a verb read as a name after a title, and a site name
// other cities share (`قصر الشعب`): the context decides, both ways.

import { describe, expect, it } from 'vitest';
import { pairs } from './found';

describe('a clock time’s zone is no venue', () => {
  it('after بتوقيت / توقيت', () => {
    expect(pairs('الأربعاء 2023/10/18 03:47 م بتوقيت أبوظبي')).toEqual([]);
    expect(pairs('تبدأ الجلسة عند الساعة العاشرة صباحا حسب توقيت موسكو.')).toEqual([]);
    expect(pairs('انطلقت المحادثات الساعة 10:30 (توقيت بكين).')).toEqual([]);
  });

  it('in brackets right after a clock time', () => {
    expect(pairs('آخر تحديث: 2018/6/8 الساعة 18:47 (مكة المكرمة)')).toEqual([]);
    expect(pairs('نشر في 2024/5/16 03:47 م (أبوظبي)')).toEqual([]);
  });

  it('a real venue near a time still counts', () => {
    expect(pairs('وصل بوتين إلى أبوظبي الساعة 10:30 بتوقيت موسكو.')).toEqual(['putin:بوتين', 'abu-dhabi:أبوظبي']);
    expect(pairs('يلتقي الرئيسان الساعة 18:00 في بكين.')).toEqual(['beijing:بكين']);
    expect(pairs('تبدأ القمة في أبوظبي الساعة 03:47 م (بتوقيت أبوظبي).')).toEqual(['abu-dhabi:أبوظبي']);
    expect(pairs('زار بوتين موسكو (روسيا) ثم بكين.')).toEqual(['putin:بوتين', 'moscow:موسكو', 'beijing:بكين']);
    expect(pairs('عقد الاجتماع في 2023 (بكين).')).toEqual(['beijing:بكين']);
  });
});

describe('a verb with its object after a title is no name', () => {
  it('و + an imperfect verb + an object pronoun', () => {
    expect(pairs('بوتين يستقبل رئيس الوزراء الصيني ويحمّله تحياته "للصديق شي"', '2024-08-21')).toEqual([
      'putin:بوتين',
      'li-qiang:رئيس الوزراء الصيني (title)',
    ]);
    expect(pairs('التقى وزير الخارجية الأردني ويبلغه رسالة.')).toEqual([]);
    expect(pairs('استقبل وزير الخارجية الكازاخستاني وتمنحها الثقة.')).toEqual([]);
  });

  it('names that begin with و still count', () => {
    expect(pairs('التقى وزير الخارجية الأمريكي ويليام بيرنز في موسكو.')).toEqual([
      'birnz:ويليام بيرنز',
      'moscow:موسكو',
    ]);
    expect(pairs('التقى وزير الخارجية السوري وليد المعلم في موسكو.')).toEqual(['muallem:وليد المعلم', 'moscow:موسكو']);
    // ة is written ه once normalised: `ونيسة` has a verb's letters but no verb's stem.
    expect(pairs('استقبلت وزيرة الثقافة الجزائرية ونيسة بوخاري الوفد.')).toHaveLength(1);
    expect(pairs('استقبلت وزيرة الثقافة الجزائرية ونيسة بوخاري الوفد.')[0]).toMatch(/:ونيسة بوخاري$/);
  });
});

describe('قصر الشعب is the Great Hall only with Beijing right after it', () => {
  it('بقصر الشعب ببكين, في قصر الشعب في بكين', () => {
    expect(pairs('أجرى الرئيس الروسي، فلاديمير بوتين، اليوم بقصر الشعب ببكين، مباحثات.')).toEqual([
      'putin:فلاديمير بوتين',
      'great-hall-of-the-people:قصر الشعب',
      'beijing:بكين',
    ]);
    expect(pairs('استقبل شي جين بينغ ضيفه في قصر الشعب في بكين.')).toEqual([
      'xi:شي جين بينغ',
      'great-hall-of-the-people:قصر الشعب',
      'beijing:بكين',
    ]);
  });

  it('not the palaces of Damascus or Algiers, nor with Beijing elsewhere in the text', () => {
    expect(pairs('استقبل الرئيس بشار الأسد في قصر الشعب بدمشق وفدا قادما من بكين.')).toEqual([
      'assad:بشار الأسد',
      'damascus:دمشق',
      'beijing:بكين',
    ]);
    expect(pairs('استقبل الرئيس تبون بقصر الشعب وفدا صينيا قادما من بكين.')).toEqual(['tebboune:تبون', 'beijing:بكين']);
    expect(pairs('التقى شي جين بينغ الرئيس تبون في قصر الشعب.')).toEqual(['xi:شي جين بينغ', 'tebboune:تبون']);
  });
});
