// Russian and French names kept in Arabic copy (RT, Sputnik, France 24, Maghrebi pages): the
// Cyrillic and French spellings of the people and cities of Russia–China coverage.

import { describe, expect, it } from 'vitest';
import { pairs } from './found';

describe('names in Cyrillic and French inside Arabic copy', () => {
  it('a Russian quote in an RT page names the leaders and the city, in their case forms', () => {
    expect(pairs('وقال بيسكوف للصحفيين: «Путин и Си Цзиньпин обсудили в Казани отношения».')).toEqual([
      'peskov:بيسكوف',
      'putin:Путин',
      'xi:Си Цзиньпин',
      'kazan:Казани',
    ]);
    expect(pairs('ونقلت تاس: «встреча Путина с Си Цзиньпином пройдет в Пекине».')).toEqual([
      'putin:Путина',
      'xi:Си Цзиньпином',
      'beijing:Пекине',
    ]);
  });

  it('a name given after its Arabic form in brackets', () => {
    expect(pairs('المتحدث باسم الكرملين دميتري بيسكوف (Дмитрий Песков) قال إن الموعد لم يحدد.')).toContain(
      'peskov:Дмитрий Песков',
    );
    expect(pairs('وصل الرئيس بوتين إلى قازان (Казань) لحضور القمة.')).toEqual([
      'putin:بوتين',
      'kazan:قازان',
      'kazan:Казань',
    ]);
  });

  it('a French line in a France 24 page', () => {
    expect(pairs('Le président chinois a reçu Sergueï Lavrov à Pékin, puis a appelé Moscou.')).toEqual(
      expect.arrayContaining(['beijing:Pékin', 'moscow:Moscou']),
    );
  });

  it('a lowercase Russian word, a bare «Си» or «И» is no name', () => {
    // `путина`: the fishing season; `Си`: the note or the language C; `Ван И`: not listed.
    expect(pairs('началась путина на Волге, а программа написана на языке Си.')).toEqual([]);
    expect(pairs('Ван И и Лавров')).toEqual(['lavrov:Лавров']);
  });
});
