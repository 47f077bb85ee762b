// Beside the two's meeting dated within a few days of the page (held, or a visit starting tomorrow), a meeting of theirs whose only dates
// lie weeks before the page is an older one recalled in a saying (`مشيرا إلى أنه التقى بوتين في
// موسكو في مايو الماضي`, no `كان … قد`): its city is not the story's (event-clauses).

import { describe, expect, it } from 'vitest';
import { extract } from '../../../lib/extract/extract';

const lines = (...l: string[]) => l.join('\n');

describe('an older meeting recalled in a saying', () => {
  it('does not place the day’s meeting in the older one’s city (Chinese agency, summit host city)', () => {
    const r = extract(
      lines(
        'شي وبوتين يتعهدان بتعزيز التعاون',
        'أوفا، روسيا 8 يوليو 2015 (شينخوا) التقى الرئيس الصيني شي جين بينغ اليوم (الأربعاء) هنا مع الرئيس الروسي فلاديمير بوتين.',
        'وقال شي إن العلاقات بين البلدين في أفضل حالاتها، مشيرا إلى أنه التقى بوتين في موسكو في مايو الماضي، حيث حضر احتفالات النصر.',
        'وأكد بوتين خلال اللقاء أن روسيا مستعدة لتعزيز التنسيق مع الصين في الشؤون الدولية.',
      ),
      { published: '2015-07-08' },
    );
    expect(r.meeting).toMatchObject({ venue: 'ufa', start: '2015-07-08' });
  });

  it('beside a visit that starts tomorrow, a summit recalled by its month is not the meeting (Levantine paper)', () => {
    const r = extract(
      lines(
        'بوتين إلى بكين غدا',
        'يصل الرئيس الروسي فلاديمير بوتين غدا الخميس إلى بكين في زيارة دولة تستمر يومين، يجري خلالها محادثات مع الرئيس الصيني شي جين بينغ.',
        'أما في أكتوبر 2023 فكانت بكين محطة بوتين للمشاركة في منتدى الحزام والطريق، حيث التقى شي على هامشه.',
      ),
      { published: '2024-05-15' },
    );
    expect(r.meeting).toMatchObject({ venue: 'beijing', start: '2024-05-16' });
  });

  it('but an analysis that dates no meeting near its page still reads the older one (Gulf column)', () => {
    const r = extract(
      lines(
        'قمة موسكو بعد شهرين: ماذا بقي منها؟',
        'التقى الرئيس الصيني شي جين بينغ نظيره الروسي فلاديمير بوتين في موسكو في مارس الماضي، ووقعا بيانين مشتركين.',
        'ويرى محللون أن القمة رسخت شراكة البلدين في مواجهة الضغوط الغربية.',
      ),
      { published: '2023-05-25' },
    );
    expect(r.meeting).toMatchObject({ venue: 'moscow', start: '2023-03' });
  });
});
