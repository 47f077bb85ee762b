// In a report, the place of the two leaders' talks is the meeting's, however often the story names
// the stop where one of them ended the visit (`اختتم بوتين زيارته … بزيارة مدينة هاربين`); a city
// where someone spoke of the talks (`وفي موسكو، قال بيسكوف إن الرئيسين أجريا محادثات`) is no
// place of them.

import { describe, expect, it } from 'vitest';
import { extract } from '../../../lib/extract/extract';

const lines = (...l: string[]) => l.join('\n');

describe('the talks’ place over the stops of a tour', () => {
  it('a visit ended in Harbin after talks in Beijing (Xinhua)', () => {
    const r = extract(
      lines(
        'بوتين ينهي زيارة الدولة إلى الصين بمحطة في هاربين',
        '2024-05-17 20:10:00 | arabic.news.cn',
        'هاربين 17 مايو 2024 (شينخوا) اختتم الرئيس الروسي فلاديمير بوتين اليوم (الجمعة) زيارة الدولة التي قام بها إلى الصين واستمرت يومين، بزيارة مدينة هاربين عاصمة مقاطعة هيلونغجيانغ.',
        'وحضر بوتين في هاربين افتتاح معرض الصين-روسيا، كما زار جامعة هاربين للتكنولوجيا.',
        'وكان بوتين قد وصل إلى بكين صباح أمس (الخميس)، حيث أقام له الرئيس شي جين بينغ مراسم ترحيب رسمية أمام قاعة الشعب الكبرى، قبل أن يجري الرئيسان محادثات في صيغتين.',
        'ووقع الرئيسان في ختام المحادثات بيانا مشتركا حول الشراكة الشاملة.',
        'وفي مساء اليوم نفسه، حضر شي وبوتين حفلا موسيقيا، ثم أجريا محادثات غير رسمية في تشونغنانهاي.',
      ),
    );
    expect(r.meeting).toMatchObject({ venue: 'beijing', start: '2024-05-16' });
  });

  it('where the talks were spoken of is not where they were held', () => {
    const r = extract(
      lines(
        'بوتين وشي يبحثان الأزمة الأوكرانية',
        'التقى الرئيس الروسي فلاديمير بوتين نظيره الصيني شي جين بينغ اليوم الثلاثاء على هامش قمة مجموعة بريكس المنعقدة في مدينة قازان.',
        'وفي موسكو، قال المتحدث باسم الكرملين دميتري بيسكوف إن الرئيسين أجريا محادثات مطولة تناولت الأزمة الأوكرانية.',
        'وفي موسكو، قال يوري أوشاكوف إن الزعيمين بحثا التعاون في مجال الطاقة.',
      ),
      { published: '2026-10-20' },
    );
    expect(r.meeting).toMatchObject({ venue: 'kazan', start: '2026-10-20' });
  });
});
