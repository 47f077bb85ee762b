// Coverage found missing by blind sets 28a/28b: Russia's deputy defence minister of the Libyan and
// Sahel files, the Taliban government's foreign minister, and the town where Afghanistan's neighbours met in 2022.

import { describe, expect, it } from 'vitest';
import { pairs } from './found';

describe('Yunus-bek Yevkurov', () => {
  it('is read in full, as `يونس بك`, and by his surname alone', () => {
    expect(pairs('وصل وفد عسكري روسي يترأسه نائب وزير الدفاع يونس بك يفكوروف إلى مدينة بنغازي.', '2023-08-22')).toEqual(
      ['yevkurov:يونس بك يفكوروف', 'benghazi:بنغازي'],
    );
    expect(pairs('وفد عسكري روسي برئاسة يفكوروف يصل بنغازي', '2023-08-22')).toEqual([
      'yevkurov:يفكوروف',
      'benghazi:بنغازي',
    ]);
  });
});

describe('Tunxi (Huangshan)', () => {
  it('is a Chinese town, by either name', () => {
    expect(pairs('استقبل وانغ يي نظيره الروسي في مدينة تونشي بمقاطعة آنهوي شرق الصين.')).toContain('tunxi:تونشي');
    expect(pairs('واختتم الاجتماع في هوانغشان')).toEqual(['tunxi:هوانغشان']);
  });
});

describe('Amir Khan Muttaqi', () => {
  it('is read in full, and his surname alone (also "pious") only once he is named', () => {
    expect(pairs('بحضور وزير خارجية حكومة طالبان أمير خان متقي. وقال متقي إن الاجتماع مهم.', '2022-03-31')).toEqual([
      'muttaqi:أمير خان متقي',
      'muttaqi:متقي',
    ]);
    expect(pairs('وقال إنه رجل متقي يحب الخير.', '2022-03-31')).toEqual([]);
  });
});

describe('Harbin written without its ي (blind set 30b)', () => {
  it('is the city, and its institute is the institute', () => {
    expect(pairs('ثم يتوجه الوفد إلى مدينة هاربن حيث يزور معهد هاربن للتكنولوجيا.')).toEqual([
      'harbin:هاربن',
      'harbin-institute-of-technology:معهد هاربن للتكنولوجيا',
    ]);
  });
});
