// News as copied from feeds and aggregators (blind set 29a): hashtags join a name's words with
// underscores, an aggregator puts its date after a bullet, a ticker page is nothing but breaking
// flashes about one event, and a flash dates its meeting by the page's day, not by what comes next.

import { describe, expect, it } from 'vitest';
import { findPublishedDate } from '../../../lib/dates/published-date';
import { makeDoc } from '../../../lib/extract/document';
import { extract } from '../../../lib/extract/extract';

const lines = (...l: string[]) => l.join('\n');

describe('feeds and flashes', () => {
  it('reads a hashtag whose words are joined by underscores (`#شي_جين_بينغ`), with the offsets of the original', () => {
    const text = 'قمة عبر الفيديو بين #بوتين و #شي_جين_بينغ اليوم';
    const xi = extract(text, { published: '2021-12-15' }).mentions.find((m) => m.id === 'xi');
    expect(xi && text.slice(xi.start, xi.end)).toBe('شي_جين_بينغ');
  });

  it("takes an aggregator's date after a bullet as the page's date, not a bulleted timeline's", () => {
    const aggregator = lines(
      'MSN',
      'بوتين وشي في بكين',
      'قصة من الشرق الأوسط • 2025/9/2',
      'أجرى الرئيس الصيني محادثات.',
    );
    expect(findPublishedDate(makeDoc(aggregator))).toBe('2025-09-02');
    const timeline = lines('محطات في العلاقات', '• 22 مارس 2023: قمة موسكو', '• 4 فبراير 2022: قمة بكين');
    expect(findPublishedDate(makeDoc(timeline))).toBe(null);
  });

  it('reads a ticker page of breaking flashes about one call as its story, dated by the page', () => {
    const r = extract(
      lines(
        'صدى البلد',
        'شريط الأخبار',
        'الأربعاء 15/يونيو/2022 - 03:20 م',
        'عاجل.. الرئيس الصيني يجري اتصالا هاتفيا مع نظيره الروسي',
        'عاجل.. شي جين بينج لبوتين: الصين مستعدة لمواصلة الدعم المتبادل مع روسيا',
        'عاجل.. الكرملين: بوتين وشي اتفقا على توسيع التعاون في مجالات الطاقة والنقل',
      ),
    );
    expect(r.relevant).toBe(true);
    expect(r.meeting).toMatchObject({ kind: 'phone-call', start: '2022-06-15' });
  });

  it('dates a reported call by the page, not by the month of a visit to come', () => {
    const r = extract(
      lines(
        'العربية عاجل',
        '15 ديسمبر 2021',
        '#عاجل | #بوتين و #شي_جين_بينغ يعقدان قمة عبر الفيديو',
        'وقال الكرملين إن بوتين أبلغ شي خلال القمة أنه سيحضر افتتاح أولمبياد بكين الشتوي في فبراير، وإنه يتطلع إلى لقائه شخصياً هناك.',
      ),
    );
    expect(r.relevant).toBe(true);
    expect(r.meeting).toMatchObject({ kind: 'video-call', start: '2021-12-15' });
  });
});
