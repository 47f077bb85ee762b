// A story that announces its meeting is about that one: a meeting recalled beside it (`وكان
// الرئيسان قد التقيا آخر مرة في قازان`) is past, and its place is not the coming meeting's
// (meeting-venue). A story reporting its own meeting keeps its place; a recall still never wins.

import { describe, expect, it } from 'vitest';
import { extract } from '../../../lib/extract/extract';

const lines = (...l: string[]) => l.join('\n');
const PAD = 'ويرى مراقبون أن الزيارة تؤكد عمق التحالف بين البلدين في مواجهة الضغوط الغربية.';

describe('a recalled meeting does not place an announced one', () => {
  it('announced visit to Russia, no city of it; last meeting in Kazan recalled', () => {
    const r = extract(
      lines(
        'الكرملين: الرئيس الصيني يزور روسيا من 7 إلى 10 مايو',
        'أعلن الكرملين، اليوم الاثنين، أن الرئيس الصيني شي جين بينغ سيقوم بزيارة دولة إلى روسيا خلال الفترة من 7 إلى 10 مايو المقبل.',
        'وأوضح الكرملين أن الرئيس فلاديمير بوتين وضيفه الصيني سيبحثان القضايا الدولية والإقليمية الراهنة.',
        'وكان الرئيسان بوتين وشي قد التقيا آخر مرة في مدينة قازان الروسية في أكتوبر الماضي على هامش قمة بريكس.',
        PAD,
      ),
      { published: '2025-04-28' },
    );
    expect(r.relevant).toBe(true);
    expect(r.meeting?.announced).toBe(true);
    expect(r.meeting?.venue).not.toBe('kazan');
  });

  it('an announced visit to a named city keeps the city', () => {
    const r = extract(
      lines(
        'شي جين بينغ يزور موسكو الأسبوع المقبل',
        'أعلن الكرملين، اليوم الاثنين، أن الرئيس الصيني شي جين بينغ سيقوم بزيارة دولة إلى موسكو يلتقي خلالها الرئيس فلاديمير بوتين.',
        'وكان الرئيسان قد التقيا آخر مرة في مدينة قازان الروسية في أكتوبر الماضي.',
        PAD,
      ),
      { published: '2025-04-28' },
    );
    expect(r.meeting?.venue).toBe('moscow');
  });

  it('a reported meeting keeps its own place beside a recalled one', () => {
    const r = extract(
      lines(
        'بوتين وشي جين بينغ يعقدان محادثات في بكين',
        'عقد الرئيس الروسي فلاديمير بوتين ونظيره الصيني شي جين بينغ محادثات في بكين اليوم الخميس.',
        'وكان الرئيسان قد التقيا آخر مرة في مدينة قازان الروسية في أكتوبر الماضي.',
        PAD,
      ),
      { published: '2024-05-16' },
    );
    expect(r.meeting?.venue).toBe('beijing');
  });
});
