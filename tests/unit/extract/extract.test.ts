// The whole pipeline on made-up articles in the styles of the Arabic press (not corpus text):
// relevance decisions, meeting records, publication dates and the shape of every result.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTRACTOR_VERSION, extract } from '../../../lib/extract/extract';
import type { ExtractionResult } from '../../../lib/extract/types';

const lines = (...l: string[]) => l.join('\n');

const PHONE_CALL = lines(
  'شي وبوتين يبحثان هاتفيا تطورات الأزمة الأوكرانية',
  'بكين 15 يونيو 2022 (شينخوا) -- أجرى الرئيس الصيني شي جين بينغ اليوم الأربعاء اتصالا هاتفيا مع نظيره الروسي فلاديمير بوتين، تناول العلاقات الثنائية والقضايا الدولية.',
  'وقال شي إن الصين مستعدة لمواصلة الدعم المتبادل مع روسيا في القضايا المتعلقة بالمصالح الجوهرية.',
);

const MINISTERS = lines(
  'لافروف ووانغ يي يبحثان في موسكو التعاون الثنائي',
  'موسكو - التقى وزير الخارجية الروسي سيرغي لافروف اليوم الاثنين نظيره الصيني وانغ يي في موسكو، وبحث الجانبان العلاقات الثنائية والتحضير للاستحقاقات المقبلة.',
  'وقال لافروف في مؤتمر صحفي مشترك عقب المحادثات إن العلاقات بين البلدين في أفضل حالاتها.',
);

const OTHER_COUNTERPART = lines(
  'بوتين يستقبل مودي في الكرملين',
  'موسكو - استقبل الرئيس الروسي فلاديمير بوتين رئيس الوزراء الهندي ناريندرا مودي في الكرملين اليوم الاثنين، وبحث الجانبان التعاون في مجال الطاقة.',
  'وقال مودي إن الهند وروسيا شريكان موثوقان، مشيرا إلى أن حجم التبادل التجاري تجاوز 60 مليار دولار.',
);

const MESSAGE = lines(
  'شي يهنئ بوتين بإعادة انتخابه',
  'بكين - بعث الرئيس الصيني شي جين بينغ اليوم برقية تهنئة إلى الرئيس الروسي فلاديمير بوتين بمناسبة إعادة انتخابه رئيسا لروسيا.',
  'وأعرب شي في رسالته عن ثقته بأن الشعب الروسي سيحقق إنجازات أكبر تحت قيادة بوتين.',
);

const ONLY_IN_SIDEBAR = lines(
  'أسعار النفط ترتفع مع تراجع المخزونات الأمريكية',
  'ارتفعت أسعار النفط اليوم الثلاثاء بعد بيانات أظهرت تراجع المخزونات في الولايات المتحدة، وسط توقعات بزيادة الطلب خلال الصيف.',
  'وصعدت العقود الآجلة لخام برنت بنسبة 1.2 في المئة لتبلغ 84 دولارا للبرميل.',
  'اقرأ أيضا',
  '- بوتين وشي يعقدان قمة في بكين',
  '- الرئيس الصيني يجري اتصالا هاتفيا مع نظيره الروسي',
);

const ANNOUNCED = lines(
  'الكرملين: شي جين بينغ يزور موسكو الأسبوع المقبل',
  'موسكو - أعلن الكرملين اليوم الجمعة أن الرئيس الصيني شي جين بينغ سيزور روسيا من 20 إلى 22 مارس الجاري، حيث سيجري محادثات مع الرئيس الروسي فلاديمير بوتين.',
  'وأوضح الكرملين أن الزعيمين سيبحثان تعزيز الشراكة الشاملة والتعاون الاستراتيجي.',
);

const YEARLESS = lines(
  'بوتين وشي يلتقيان في سمرقند',
  'التقى الرئيس الروسي فلاديمير بوتين نظيره الصيني شي جين بينغ في مدينة سمرقند الأوزبكية على هامش قمة منظمة شنغهاي للتعاون التي تعقد يومي 15 و16 سبتمبر.',
  'وبحث الرئيسان العلاقات الثنائية والأوضاع في أوكرانيا.',
);

describe('extract: relevance', () => {
  it('takes a phone call between the two leaders, dated by its dateline', () => {
    const r = extract(PHONE_CALL);
    expect(r.relevant).toBe(true);
    expect(r.score).toBeGreaterThanOrEqual(0.5);
    expect(r.published).toBe('2022-06-15');
    expect(r.meeting).toMatchObject({
      start: '2022-06-15',
      venue: 'virtual',
      kind: 'phone-call',
      participants: ['putin', 'xi'],
      announced: false,
    });
    expect(r.meeting?.catalogueId).toBeTruthy();
  });

  for (const [name, text] of [
    ['foreign ministers meeting', MINISTERS],
    ['Putin meeting another leader', OTHER_COUNTERPART],
    ['a congratulatory message', MESSAGE],
    ['a summit named only in a read-also list', ONLY_IN_SIDEBAR],
  ] as const) {
    it(`turns down ${name}`, () => {
      const r = extract(text);
      expect(r.relevant).toBe(false);
      expect(r.score).toBeLessThan(0.5);
      expect(r.meeting).toBeNull();
    });
  }

  it('turns down both leaders attending a gathering by video, and takes an arrival for a visit', () => {
    const gathering = lines(
      'بوتين وشي يشاركان في قمة بريكس الافتراضية',
      'موسكو - شارك الرئيس الروسي فلاديمير بوتين والرئيس الصيني شي جين بينغ اليوم في قمة مجموعة بريكس التي عقدت عبر الفيديو برئاسة جنوب أفريقيا، وألقى كل منهما كلمة.',
    );
    expect(extract(gathering).relevant).toBe(false);
    const arrival = lines(
      'بوتين يصل إلى بكين',
      'بكين - وصل الرئيس الروسي فلاديمير بوتين مساء اليوم إلى العاصمة الصينية في زيارة دولة تستمر يومين.',
    );
    expect(extract(arrival, { published: '2024-05-15' }).meeting).toMatchObject({
      kind: 'in-person',
      venue: 'beijing',
      participants: ['putin', 'xi'],
    });
  });

  it('turns down a call that is said not to be planned', () => {
    const text = lines(
      'الكرملين: لا خطط لاتصال هاتفي بين بوتين وشي',
      'قال المتحدث باسم الكرملين دميتري بيسكوف إنه لا توجد حاليا خطط لإجراء اتصال هاتفي بين الرئيس فلاديمير بوتين ونظيره الصيني شي جين بينغ.',
    );
    expect(extract(text).relevant).toBe(false);
  });
});

describe('extract: meeting', () => {
  it('records an announced visit with its date range and venue', () => {
    const r = extract(ANNOUNCED, { published: '2023-03-17' });
    expect(r.relevant).toBe(true);
    expect(r.meeting).toMatchObject({ start: '2023-03-20', end: '2023-03-22', kind: 'in-person', announced: true });
  });

  it('does not take the day of the announcement for the day of the meeting', () => {
    const text = lines(
      'أوشاكوف: بوتين سيلتقي شي على هامش قمة بريكس في قازان',
      'موسكو - أعلن مساعد الرئيس الروسي يوري أوشاكوف اليوم أن الرئيس فلاديمير بوتين سيلتقي نظيره الصيني شي جين بينغ على هامش قمة بريكس في قازان الأسبوع المقبل.',
    );
    const r = extract(text, { published: '2024-10-15' });
    expect(r.meeting).toMatchObject({ start: null, venue: 'kazan', kind: 'in-person', announced: true });
    expect(r.meeting?.knownStart).toBe('2024-10-22');
  });

  it('takes the publication day for a call announced for that same day', () => {
    const text = lines(
      'الكرملين: بوتين وشي يجريان اتصالا هاتفيا اليوم',
      'موسكو - أعلن الكرملين أن الرئيس فلاديمير بوتين سيجري اتصالا هاتفيا اليوم مع نظيره الصيني شي جين بينغ.',
    );
    expect(extract(text, { published: '2024-02-08' }).meeting).toMatchObject({
      start: '2024-02-08',
      kind: 'phone-call',
      announced: true,
    });
  });

  it('keeps a year-less date as given and takes the full date from the catalogue', () => {
    const r = extract(YEARLESS);
    expect(r.meeting).toMatchObject({ start: '--09-15', end: '--09-16', venue: 'samarkand', kind: 'in-person' });
    expect(r.meeting?.knownStart).toBe('2022-09-15');
    expect(r.meeting?.title?.en).toBeTruthy();
  });

  it('reads a video call and its virtual venue', () => {
    const text = lines(
      'بوتين وشي يعقدان قمة عبر الفيديو',
      'أجرى الرئيس الروسي فلاديمير بوتين اليوم محادثات عبر تقنية الفيديو مع نظيره الصيني شي جين بينغ من مقر إقامته في نوفو أوغاريوفو قرب موسكو.',
    );
    expect(extract(text, { published: '2021-12-15' }).meeting).toMatchObject({
      start: '2021-12-15',
      kind: 'video-call',
      venue: 'virtual',
    });
  });
});

describe('extract: publication date and options', () => {
  it('prefers the caller’s publication date to the dateline, and ignores an invalid one', () => {
    expect(extract(PHONE_CALL, { published: '2022-06-16' }).published).toBe('2022-06-16');
    expect(extract(PHONE_CALL, { published: '2022-02-30' }).published).toBe('2022-06-15');
    expect(extract('نص بلا تاريخ').published).toBeNull();
  });

  it('reads a page title as the headline when the text does not start with it', () => {
    const body = 'أجرى الرئيس الروسي فلاديمير بوتين محادثات مع نظيره الصيني شي جين بينغ في بكين اليوم الخميس.';
    const withTitle = extract(body, { title: 'بوتين يصل إلى بكين في زيارة دولة', published: '2024-05-16' });
    expect(withTitle.relevant).toBe(true);
    expect(withTitle.meeting?.venue).toBe('beijing');
    expect(withTitle.mentions.every((m) => body.slice(m.start, m.end) === m.text)).toBe(true);
  });

  it('takes any input without throwing', () => {
    const odd = [undefined, null, 42, {}, ['بوتين']] as unknown as string[];
    for (const x of odd) expect(() => extract(x)).not.toThrow();
    expect(() => extract('بوتين', null)).not.toThrow();
    const r = extract(PHONE_CALL, { published: 20240101 as unknown as string, title: {} as unknown as string });
    expect(r.relevant).toBe(true);
  });

  it('stamps the extractor version', () => {
    expect(extract('').version).toBe(EXTRACTOR_VERSION);
  });
});

function checkShape(text: string, r: ExtractionResult): void {
  let last = -1;
  for (const m of r.mentions) {
    expect(m.text).toBe(text.slice(m.start, m.end));
    expect(m.start).toBeGreaterThanOrEqual(last);
    expect(m.end).toBeGreaterThan(m.start);
    expect(r.body.some(([a, b]) => m.start >= a && m.end <= b)).toBe(true);
    last = m.end;
  }
  for (const [a, b] of r.body) expect(0 <= a && a < b && b <= text.length).toBe(true);
  expect(r.score).toBeGreaterThanOrEqual(0);
  expect(r.score).toBeLessThanOrEqual(1);
  expect(r.relevant).toBe(r.score >= 0.5);
}

describe('extract: result shape on every annotated article', () => {
  for (const dir of ['tests/fixtures/seeds', 'tests/fixtures/corpus']) {
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt'))) {
      it(f, () => {
        const text = readFileSync(join(dir, f), 'utf8');
        checkShape(text, extract(text));
      });
    }
  }
});
