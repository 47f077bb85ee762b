// The places Russia–China energy and border stories name: pipeline ends, crossings, ports.

import { describe, expect, it } from 'vitest';
import { pairs } from './found';

describe('energy and border places of Russia–China coverage', () => {
  it('the ESPO pipeline: Skovorodino to Daqing, Tayshet, Kozmino, Mohe', () => {
    expect(pairs('خط أنابيب النفط الذي يربط بين مدينة سكوفورودينو الروسية ومدينة داتشينغ في شمال شرق الصين')).toEqual([
      'skovorodino:سكوفورودينو',
      'daqing:داتشينغ',
    ]);
    expect(pairs('يمتد خط الأنابيب من تايشيت إلى ميناء كوزمينو، مع فرع يعبر إلى موخه')).toEqual([
      'tayshet:تايشيت',
      'kozmino:كوزمينو',
      'mohe:موخه',
    ]);
    // Egyptian ج for غ.
    expect(pairs('مصافي داتشينج')).toEqual(['daqing:داتشينج']);
  });

  it('crossings and ports', () => {
    expect(pairs('جسر بلاغوفيشنسك - هيهي وجسر نيجنيلينينسكوي - تونغجيانغ، ومحطة سابيتا للغاز المسال')).toEqual([
      'blagoveshchensk:بلاغوفيشنسك',
      'heihe:هيهي',
      'tongjiang:تونغجيانغ',
      'sabetta:سابيتا',
    ]);
    expect(pairs('معبر زابايكالسك - مانتشولي ومعبر خورغوس، وموانئ تيانجين وداليان وأورومجي')).toEqual([
      'zabaykalsk:زابايكالسك',
      'manzhouli:مانتشولي',
      'khorgos:خورغوس',
      'tianjin:تيانجين',
      'dalian:داليان',
      'urumqi:أورومجي',
    ]);
  });

  it('gas fields are no venues', () => {
    expect(pairs('ويمتد خط "قوة سيبيريا" من حقلي تشاياندا وكوفيكتا في شرق سيبيريا')).toEqual([]);
  });
});
