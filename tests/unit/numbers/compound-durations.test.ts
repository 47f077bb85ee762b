// A span of time written in two units, the larger first (`ساعة و40 دقيقة`, `عام وثلاثة أشهر`), is
// one figure valued in the smaller unit; a fraction alone after the noun (`ساعة ونصف`) stays in
// the larger. Not merged: a second part that is not a time noun, or not smaller, or a whole of
// the larger unit or more.

import { describe, expect, it } from 'vitest';
import { parseDurationPhrase } from '../../../lib/numbers';
import { check } from './figures';

describe('compound durations in running text', () => {
  it('hours and minutes, after a hedge, a verb, a preposition', () => {
    check('وعقد اللقاء في بوسان واستمر نحو ساعة و40 دقيقة.', [['نحو ساعة و40 دقيقة', 100, 'minute']]);
    check('استمرت المحادثات ساعة و40 دقيقة، ثم عقد مؤتمر صحفي.', [['ساعة و40 دقيقة', 100, 'minute']]);
    check('ودامت القمة ساعتين و15 دقيقة.', [['ساعتين و15 دقيقة', 135, 'minute']]);
    check('واستغرقت الرحلة 3 ساعات و20 دقيقة.', [['3 ساعات و20 دقيقة', 200, 'minute']]);
    check('ووصل الوفد قبل الموعد بساعة و10 دقائق.', [['ساعة و10 دقائق', 70, 'minute']]);
    check('وتحدث الرئيس ساعة و 15 دقيقة و30 ثانية.', [['ساعة و 15 دقيقة و30 ثانية', 4530, 'second']]);
  });

  it('days and hours, years and months, in words too', () => {
    check('وبعد مفاوضات استمرت يومين و3 ساعات، وقع الطرفان.', [['يومين و3 ساعات', 51, 'hour']]);
    check('وتولى المنصب عام وثلاثة أشهر قبل استقالته.', [['عام وثلاثة أشهر', 15, 'month']]);
    check('وحكم عليه بالسجن 20 عاما و6 أشهر.', [['20 عاما و6 أشهر', 246, 'month']]);
    check('وبعد عامين وشهرين من الحرب.', [['عامين وشهرين', 26, 'month']]);
  });

  it('short of the larger unit by إلا', () => {
    check('ودام الاجتماع ساعتين إلا ربعا.', [['ساعتين إلا ربعا', 1.75, 'hour']]);
    check('ودام الاجتماع ساعة إلا عشر دقائق.', [['ساعة إلا عشر دقائق', 50, 'minute']]);
  });

  it('a fraction alone stays in the larger unit', () => {
    check('واستمرت المحادثات نحو ساعة ونصف.', [['نحو ساعة ونصف', 1.5, 'hour']]);
    check('واستمرت المحادثات نحو ساعة وربع.', [['نحو ساعة وربع', 1.25, 'hour']]);
  });

  it('not a second part that is not a time noun', () => {
    check('وبعد ساعة و40 دولة شاركت في القمة.', [['40 دولة', 40, 'country']]);
    check('وزار البلاد يومين و3 اتفاقيات وقعت.', [
      ['يومين', 2, 'day'],
      ['3 اتفاقيات', 3, 'agreement'],
    ]);
    check('وفي ساعة متأخرة و3 دقائق.', [['3 دقائق', 3, 'minute']]);
  });

  it('not a list with the larger unit second, nor a whole of the larger unit', () => {
    check('وقضى ساعتين و3 أيام في المدينة.', [
      ['ساعتين', 2, 'hour'],
      ['3 أيام', 3, 'day'],
    ]);
    check('وعلى مدار 24 ساعة و7 أيام في الأسبوع.', [
      ['24 ساعة', 24, 'hour'],
      ['7 أيام', 7, 'day'],
    ]);
    check('وقضى ثلاثة أيام و72 ساعة أخرى.', [
      ['ثلاثة أيام', 3, 'day'],
      ['72 ساعة', 72, 'hour'],
    ]);
    check('وقضى ثلاثة أيام وثلاث ليال.', [
      ['ثلاثة أيام', 3, 'day'],
      ['ثلاث ليال', 3, 'night'],
    ]);
  });

  it('not after a range, nor a date year', () => {
    check('وفي عام 2020 و3 أشهر من العام التالي.', [['3 أشهر', 3, 'month']]);
  });
});

describe('compound durations as whole phrases', () => {
  const parse = (s: string) => {
    const d = parseDurationPhrase(s);
    return d && [d.value, d.unit, d.seconds];
  };
  it('valued in the smaller unit, seconds from the parts', () => {
    expect(parse('ساعة و40 دقيقة')).toEqual([100, 'minute', 6000]);
    expect(parse('ساعتين و15 دقيقة')).toEqual([135, 'minute', 8100]);
    expect(parse('3 ساعات و20 دقيقة')).toEqual([200, 'minute', 12000]);
    expect(parse('عام وثلاثة أشهر')).toEqual([15, 'month', 31536000 + 3 * 2592000]);
    expect(parse('ساعتين إلا ربعا')).toEqual([1.75, 'hour', 6300]);
    expect(parse('ساعتين إلا ربع ساعة')).toEqual([1.75, 'hour', 6300]);
  });
  it('a fraction alone unchanged', () => {
    expect(parse('ساعة ونصف')).toEqual([1.5, 'hour', 5400]);
    expect(parse('ساعة وربع')).toEqual([1.25, 'hour', 4500]);
  });
  it('not a list or another noun', () => {
    expect(parse('ساعتين و3 أيام')).toBeNull();
    expect(parse('يومين و3 اتفاقيات')).toBeNull();
    expect(parse('ساعة و40 دولة')).toBeNull();
  });
});
