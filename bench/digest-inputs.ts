// Seeded random and hostile strings for the behaviour lock (bench/digest.ts): the shapes the fuzz
// test feeds the pipeline (mixed scripts, marks, digit runs, proclitic combinations, cut and
// shuffled articles) plus every gazetteer spelling with proclitics, so that a change in how words
// are looked up shows in the digest. Same seed, same strings.

import { allLeaders, allVenues } from '../lib/gazetteer';
import { ALPHABETS, PROCLITICS } from '../tests/support/hostile-alphabets';
import { seededRandom } from '../tests/support/seeded-random';

const WORDS = `بوتين شي جين بينغ بينج فلاديمير الرئيس الروسي الصيني نظيره لافروف موسكو بكين الكرملين سمرقند قمة
محادثات اتصال هاتفي عبر الفيديو زيارة دولة يناير حزيران يونيو أيلول/سبتمبر الخميس الماضي المقبل اليوم أمس عام
ألف مليون مليار مليارات دولار يوان روبل بالمئة % ثلاثة عشرين الأول الذكرى الـ مرة أيام يومين نحو الربع هـ م 2024
١٤٤٦ 15-16 22/03/2023 21.05.2014 8th, February اقرأ أيضاً المصدر: كلمات دلالية • - لا لم وكان قد التقيا الرئيسان
والصيني الشهر نفسه العام ذاته اليوم التالي غدا بعد قبل خلال منذ غداة الأسبوع المنصرم الجاري الحالي شهر أغسطس آب
مارس آذار رمضان ١٤٤٥ هجري ميلادي الساعة صباح مساء السبت الأحد الاثنين الثلاثاء الأربعاء الجمعة اثنين ثلاث خمسة
عشرة مئة مائة ألفا آلاف بليون تريليون نصف ثلث ربع بالمائة في المائة ملايين يورو ريال درهم جنيه برميل طن كيلومتر
قمة شنغهاي بريكس منتدى الحزام والطريق أستانا قازان فلاديفوستوك سوتشي بيشكيك دوشنبه`.split(/\s+/);

function spellings(): string[] {
  const out = new Set<string>();
  for (const l of allLeaders()) for (const s of l.spellings) out.add(typeof s === 'string' ? s : s.text);
  for (const v of allVenues()) for (const s of v.spellings) out.add(s);
  return [...out].sort();
}

export function hostileStrings(texts: string[], count: number, seed = 0x9e3779b9): string[] {
  const rand = seededRandom(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)] as T;
  const names = spellings();
  const cut = (len: number) => {
    const t = pick(texts);
    const a = Math.floor(rand() * t.length);
    return t.slice(a, a + Math.floor(rand() * len));
  };
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const n = 1 + Math.floor(rand() * 120);
    switch (i % 12) {
      case 0:
      case 1: {
        let s = '';
        for (let k = 0; k < n * 4; k++) s += pick(pick(ALPHABETS));
        out.push(s);
        break;
      }
      case 2:
      case 3: {
        const parts: string[] = [];
        for (let k = 0; k < n; k++)
          parts.push(pick(PROCLITICS) + pick(WORDS) + (rand() < 0.1 ? pick(pick(ALPHABETS)) : ''));
        out.push(parts.join(rand() < 0.8 ? ' ' : pick(['\n', '،', '  ', '', '. '])));
        break;
      }
      case 4: {
        const digits = pick(ALPHABETS[2] as string[]).repeat(1 + Math.floor(rand() * 500));
        out.push(
          pick([
            `${digits} مليار دولار`,
            `عام ${digits}`,
            `${digits}.${digits}`,
            `${digits}/${digits}/${digits}`,
            digits,
          ]),
        );
        break;
      }
      case 5:
        out.push(cut(3000));
        break;
      case 6: {
        const pieces: string[] = [];
        for (let k = 0; k < 6; k++) pieces.push(cut(300));
        out.push(pieces.join(pick(['\n', ' اقرأ أيضا ', '\n- ', '. '])));
        break;
      }
      case 7: {
        const marks = ALPHABETS[6] as string[];
        out.push(Array.from({ length: n }, () => pick(marks) + pick(WORDS) + pick(marks)).join(' '));
        break;
      }
      case 8:
      case 9: {
        // Gazetteer spellings among real words and sentence breaks.
        const parts: string[] = [];
        for (let k = 0; k < n; k++) {
          const r = rand();
          parts.push(
            r < 0.4 ? pick(PROCLITICS) + pick(names) : r < 0.8 ? pick(WORDS) : pick(['.', '،', '\n', '،\n', 'و']),
          );
        }
        out.push(parts.join(' '));
        break;
      }
      case 10: {
        // Real sentences with words swapped for others.
        const words = cut(1500).split(' ');
        for (let k = 0; k < words.length; k++) if (rand() < 0.15) words[k] = pick(rand() < 0.5 ? names : WORDS);
        out.push(words.join(' '));
        break;
      }
      default: {
        const w = pick(rand() < 0.5 ? names : WORDS);
        out.push(PROCLITICS.map((p) => p + w).join(pick([' ', '', '\n', 'ـ'])));
      }
    }
  }
  return out;
}
