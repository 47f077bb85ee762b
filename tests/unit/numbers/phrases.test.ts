// The whole-phrase parsers beyond Duckling's phrases: news amounts, fractions, refusals.

import { describe, expect, it } from 'vitest';
import { parseDurationPhrase, parseMoneyPhrase, parseNumberPhrase, parseOrdinalPhrase } from '../../../lib/numbers';

describe('parseNumberPhrase', () => {
  it.each([
    ['227 مليار', 227e9],
    ['ملياري', 2e9],
    ['تريليون ونصف', 1.5e12],
    ['ثلاثة أرباع', 0.75],
    ['نصف', 0.5],
    ['ثلثي', 2 / 3],
    ['١٠٬٠٠٠', 10000],
  ])('%s → %d', (phrase, value) => {
    expect(parseNumberPhrase(phrase)?.value).toBeCloseTo(value, 9);
  });

  it.each([['ثلاثة أيام'], ['الأول'], ['بوتين'], ['ملايين'], [''], ['22/03/2023']])('refuses %s', (phrase) => {
    expect(parseNumberPhrase(phrase)).toBeNull();
  });
});

describe('parseOrdinalPhrase', () => {
  it.each([
    ['الذكرى', null],
    ['الـ 75', 75],
    ['الحادية والعشرين', 21],
    ['المئة', 100],
    ['ثلاثة', null],
  ])('%s → %s', (phrase, value) => {
    expect(parseOrdinalPhrase(phrase)?.value ?? null).toBe(value);
  });
});

describe('parseMoneyPhrase', () => {
  it.each([
    ['227 مليار دولار', { value: 227e9, unit: 'USD' }],
    ['1.5 تريليون يوان', { value: 1.5e12, unit: 'CNY' }],
    ['ملياري دولار', { value: 2e9, unit: 'USD' }],
    ['15 ألف ليرة لبنانية', { value: 15000, unit: 'LBP' }],
    ['10 مليارات روبل', { value: 1e10, unit: 'RUB' }],
    ['500 جنيه', { value: 500, unit: 'EGP' }],
    ['3 جنيهات إسترلينية', { value: 3, unit: 'GBP' }],
    ['بين 10 و20 مليار دولار', { from: 10, to: 20e9, unit: 'USD' }],
    ['أقل من 7 يورو', { to: 7, unit: 'EUR' }],
    ['3.42$ على الأقل', { from: 3.42, unit: 'USD' }],
  ])('%s', (phrase, expected) => {
    expect(parseMoneyPhrase(phrase)).toEqual(expected);
  });

  it.each([['227 مليار'], ['مليارات الدولارات'], ['دولار'], ['10 دولار و 20 يورو']])('refuses %s', (phrase) => {
    expect(parseMoneyPhrase(phrase)).toBeNull();
  });
});

describe('parseDurationPhrase', () => {
  it.each([
    ['يومين', 2, 'day', 172800],
    ['ساعة ونصف', 1.5, 'hour', 5400],
    ['نصف ساعة', 0.5, 'hour', 1800],
    ['ثلاثة أشهر', 3, 'month', 7776000],
    ['عشر سنوات', 10, 'year', 315360000],
    ['15 دقيقة', 15, 'minute', 900],
  ])('%s', (phrase, value, unit, seconds) => {
    expect(parseDurationPhrase(phrase)).toEqual({ value, unit, seconds });
  });

  it.each([['227 مليار دولار'], ['الساعة'], ['أيام']])('refuses %s', (phrase) => {
    expect(parseDurationPhrase(phrase)).toBeNull();
  });
});
