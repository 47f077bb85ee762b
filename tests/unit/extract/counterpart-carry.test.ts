// A sentence that names only `نظيره الصيني شي` (or `نظيره الروسي بوتين`) takes its subject from
// the sentence before (counterpart-carry): the leaders' meeting told of `الرجل` or a pronoun.

import { describe, expect, it } from 'vitest';
import { extract } from '../../../lib/extract/extract';

const lines = (...l: string[]) => l.join('\n');

describe('the subject carried to a counterpart’s sentence', () => {
  it.each([
    [
      'Levantine commentary: «فالرجل … جلس إلى نظيره الصيني»',
      lines(
        'رحلة بوتين الطويلة',
        'لم يكن اختيار الرئيس فلاديمير بوتين العاصمة الصينية لزيارته الأولى بعد إعادة انتخابه أمرا عابرا. فالرجل جلس أمس إلى نظيره الصيني شي جين بينغ في محادثات مطولة في بكين.',
      ),
      '2024-05-17',
      { start: '2024-05-16', venue: 'beijing', participants: ['putin', 'xi'] },
    ],
    [
      'Egyptian feature: the Chinese visitor named first, then «التقى نظيره الروسي»',
      lines(
        'أسبوع صيني في العاصمة الروسية',
        'وصل الرئيس الصيني شي جين بينغ إلى العاصمة الروسية وسط إجراءات أمنية مشددة. وقد التقى اليوم الثلاثاء نظيره الروسي فلاديمير بوتين في الكرملين لبحث الأزمة الأوكرانية.',
      ),
      '2023-03-21',
      { start: '2023-03-21', venue: 'moscow', participants: ['putin', 'xi'] },
    ],
    [
      'Gulf editorial: «فاللقاء الذي جمعه بالرئيس الصيني …، وهو الأول بين الزعيمين»',
      lines(
        'شراكة بلا سقف',
        'لم تكن زيارة الرئيس الروسي فلاديمير بوتين إلى بكين، يوم الجمعة الماضي، لحضور افتتاح الألعاب الأولمبية الشتوية مجرد مجاملة بروتوكولية.',
        'فاللقاء الذي جمعه بالرئيس الصيني شي جين بينغ، وهو الأول وجها لوجه بين الزعيمين منذ عامين، أسفر عن بيان مشترك طويل.',
        'وما جرى في بكين رسالة واضحة إلى واشنطن.',
      ),
      '2022-02-06',
      { start: '2022-02-04', venue: 'beijing', participants: ['putin', 'xi'] },
    ],
  ])('%s: relevant', (_, text, published, meeting) => {
    const r = extract(text, { published });
    expect(r.relevant).toBe(true);
    expect(r.meeting).toMatchObject(meeting);
  });

  it.each([
    [
      'a third country’s leader before the counterpart (Maghrebi)',
      lines(
        'زيارة تاريخية',
        'حل الرئيس الجزائري عبد المجيد تبون بالعاصمة الصينية في زيارة دولة. وقد التقى نظيره الصيني شي جين بينغ في قصر الشعب.',
      ),
      '2023-07-18',
    ],
    [
      'the counterpart of another nationality (Gulf)',
      lines(
        'جولة آسيوية',
        'تحدث الرئيس الروسي فلاديمير بوتين عن الشراكة مع آسيا. وفي أنقرة، استقبل نظيره التركي رجب طيب أردوغان وفدا صينيا.',
      ),
      '2024-09-02',
    ],
  ])('%s: not relevant', (_, text, published) => {
    expect(extract(text, { published }).relevant).toBe(false);
  });
});
