// `لي` alone: the surname agency copy uses for Li Qiang or Li Keqiang once named in full, and the
// everyday "for me". It is the person only where a speaker stands.

import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../../lib/extract/document';
import { findEntities } from '../../../lib/gazetteer';

const leaders = (text: string, ref = '2024-08-21') =>
  findEntities(makeDoc(text), ref)
    .filter((c) => c.type === 'leader')
    .map((c) => [makeDoc(text).norm.text.slice(c.nStart, c.nEnd), c.id]);

const NAMED = 'استقبل الرئيس الروسي فلاديمير بوتين رئيس مجلس الدولة الصيني لي تشيانغ في الكرملين. ';

describe('a surname that is also a word', () => {
  it('is the person named before, after a verb of saying and before the words said', () => {
    expect(leaders(`${NAMED}وقال لي إن العلاقات بلغت أعلى مستوياتها.`)).toContainEqual(['لي', 'li-qiang']);
    expect(leaders(`${NAMED}وأكد لي، خلال اللقاء، أن الصين مستعدة للتعاون.`)).toContainEqual(['لي', 'li-qiang']);
    expect(leaders(`${NAMED}\nلي: نحن مستعدون للتعاون`)).toContainEqual(['لي', 'li-qiang']);
  });

  it('is the Li named most recently (Li Keqiang in 2014)', () => {
    const text =
      'التقى رئيس الوزراء الروسي دميتري ميدفيديف نظيره الصيني لي كه تشيانغ في موسكو. وقال لي إن البلدين شريكان.';
    expect(leaders(text, '2014-10-13')).toContainEqual(['لي', 'li-keqiang']);
  });

  it('stays a word elsewhere, and with no Li named before', () => {
    const words = (text: string) => leaders(text).filter(([t]) => t === 'لي');
    expect(words(`${NAMED}ووصف بوتين شي بأنه "أفضل صديق لي".`)).toEqual([]);
    expect(words(`${NAMED}وقال لي مسؤول روسي إن الزيارة ناجحة.`)).toEqual([]);
    expect(words(`${NAMED}واستقبل بوتين ولي العهد السعودي.`)).toEqual([]);
    expect(words('وقال لي إن العلاقات بين البلدين ممتازة.')).toEqual([]);
  });
});
