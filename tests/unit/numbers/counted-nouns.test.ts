// Counted nouns of politics, economy and the military that news copy puts after a number, in
// the accusative (11–99), the plural (3–10) and the singular (100, thousands), and an ordinal
// owned by a noun with لل (`للاجتماع الدوري الـ21`).

import { describe, it } from 'vitest';
import { check } from './figures';

describe('what the news counts', () => {
  it('factions, delegations, economies (Palestinian, summit and economy copy)', () => {
    check('ووقع 14 فصيلا فلسطينيا إعلان بكين، بحضور 3 وفود.', [
      ['14 فصيلا', 14, 'faction'],
      ['3 وفود', 3, 'delegation'],
    ]);
    check('وتضم المجموعة أكبر 20 اقتصادا في العالم، وشارك في المنتدى 40 وفدا.', [
      ['20 اقتصادا', 20, 'economy'],
      ['40 وفدا', 40, 'delegation'],
    ]);
    check('وتمثل خمسة اقتصادات ناشئة ربع الناتج العالمي.', [
      ['خمسة اقتصادات', 5, 'economy'],
      ['ربع', 0.25, 'fraction'],
    ]);
  });

  it('ministries, committees, plants and fields (agency and Gulf business copy)', () => {
    check('وشاركت 12 وزارة و7 لجان مشتركة، وتشغل الشركة 30 حقلا و4 منشآت.', [
      ['12 وزارة', 12, 'ministry'],
      ['7 لجان', 7, 'committee'],
      ['30 حقلا', 30, 'field'],
      ['4 منشآت', 4, 'plant'],
    ]);
    check('ووقع الجانبان 6 خطط و3 برامج، ومنح 2 قرضين.', [
      ['6 خطط', 6, 'plan'],
      ['3 برامج', 3, 'programme'],
    ]);
  });

  it('warheads, satellites, brigades (military copy)', () => {
    check('وتملك روسيا 1550 رأسا نوويا منشورا، وأطلقت الصين 3 أقمار.', [
      ['1550 رأسا نوويا', 1550, 'nuclear warhead'],
      ['3 أقمار', 3, 'satellite'],
    ]);
    check('ونشر الجيش 4 ألوية على الحدود وأجرى 5 مناورات مشتركة.', [
      ['4 ألوية', 4, 'brigade'],
      ['5 مناورات', 5, 'exercise'],
    ]);
  });

  it('measures: tonnes, barrels, cubic metres', () => {
    check('وتصدر روسيا 38 مليار متر مكعب من الغاز و100 ألف برميل يوميا و5 ملايين طن من الفحم.', [
      ['38 مليار متر مكعب', 38e9, 'cubic metre'],
      ['100 ألف برميل يوميا', 100000, 'barrel per day'],
      ['5 ملايين طن', 5e6, 'ton'],
    ]);
  });

  it('heads of state and government: the compound counted whole', () => {
    check('بمشاركة وفود من 36 دولة، بينها أكثر من 20 رئيس دولة و5 رؤساء حكومات و3 رؤساء.', [
      ['36 دولة', 36, 'country'],
      ['أكثر من 20 رئيس دولة', 20, 'head of state'],
      ['5 رؤساء حكومات', 5, 'head of government'],
      ['3 رؤساء', 3, 'president'],
    ]);
  });

  it('no count without a number', () => {
    check('وقال ممثل الفصائل إن الاقتصاد الروسي والوفود واللجان جاهزة.', []);
  });
});

describe('an ordinal owned by a noun with لل', () => {
  it('past adjectives (Xinhua, TASS, Levantine copy)', () => {
    check('تمهيدا للاجتماع الدوري الـ21 لرئيسي حكومتي البلدين.', [['الـ21', 21, 'meeting']]);
    check('استعدادا للمنتدى الاقتصادي الشرقي التاسع في فلاديفوستوك.', [['التاسع', 9, 'forum']]);
    check('وتحضيرا للقمة الثنائية الثالثة.', [['الثالثة', 3, 'summit']]);
  });

  it('not when the noun does not take ordinals, nor past another noun', () => {
    check('وكانت زيارة للدولة الثالثة خلال الجولة.', []);
    check('دعما للاجتماع قال المسؤول الأول عن الملف.', []);
  });
});
