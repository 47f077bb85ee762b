// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { findArticle } from '../../../lib/page/find-article';
import { locateArticle } from '../../../lib/page/locate-article';
import { readerChoice } from '../../../lib/page/reader-choice';

const PARAGRAPHS = [
  'موسكو - استقبل الرئيس الروسي فلاديمير بوتين، اليوم الأربعاء، نظيره الصيني شي جين بينغ في الكرملين، في مستهل زيارة دولة تستمر ثلاثة أيام، وعقد الزعيمان محادثات موسعة تناولت التجارة والطاقة والأمن الإقليمي.',
  'وقال بوتين في مؤتمر صحفي مشترك إن حجم التبادل التجاري بين البلدين تجاوز 108 مليارات دولار العام الماضي، مؤكدًا أن العلاقات الروسية الصينية بلغت أعلى مستوى في تاريخها، وأن البلدين سيواصلان التنسيق في المحافل الدولية.',
  'من جهته، وصف شي جين بينغ نظيره الروسي بأنه صديق مقرب، مشيرًا إلى أن البلدين سيحتفلان في أكتوبر المقبل بالذكرى السبعين لإقامة العلاقات الدبلوماسية، وأن التعاون في مجال الطاقة سيتسع ليشمل مشاريع جديدة.',
];

function page(body: string, head = ''): void {
  document.documentElement.innerHTML = `<head><title>بوتين يستقبل شي في الكرملين - الصحيفة</title>${head}</head><body>${body}</body>`;
}

const FURNITURE_PAGE = `
  <header class="site-header"><a href="/">الصحيفة</a><nav><a href="/a">سياسة</a> <a href="/b">اقتصاد</a> <a href="/c">رياضة</a></nav></header>
  <main>
    <h1 class="title">بوتين يستقبل شي في الكرملين</h1>
    <div class="meta"><time datetime="2019-06-05T10:00:00+03:00">5 يونيو 2019</time></div>
    <div class="article-body">
      <p>${PARAGRAPHS[0]}</p>
      <div class="box"><h4>اقرأ أيضاً</h4><ul><li><a href="/1">بوتين يلتقي أردوغان في سوتشي</a></li><li><a href="/2">لافروف يزور بكين الأسبوع المقبل</a></li></ul></div>
      <p>${PARAGRAPHS[1]}</p>
      <p><strong>اقرأ أيضا:</strong> <a href="/3">الصين تعلن نمو صادراتها إلى روسيا</a></p>
      <p>${PARAGRAPHS[2]}</p>
      <div class="post-tags"><a href="/t/1">روسيا</a> <a href="/t/2">الصين</a> <a href="/t/3">بوتين</a></div>
    </div>
  </main>
  <aside><h3>الأكثر قراءة</h3><ol><li><a href="/4">شي جين بينغ يزور موسكو</a></li><li><a href="/5">قمة سمرقند</a></li></ol></aside>
  <section id="comments"><h3>التعليقات</h3><p>تعليق: بوتين وشي صديقان منذ زمن طويل وهذا واضح للجميع في كل اللقاءات.</p></section>
  <footer><p>جميع الحقوق محفوظة</p></footer>`;

describe('locateArticle', () => {
  it('maps Readability’s choice back to the page’s own elements', () => {
    page(FURNITURE_PAGE);
    const choice = readerChoice(document);
    expect(choice).not.toBeNull();
    for (const root of choice?.roots ?? []) expect(root.ownerDocument).toBe(document);
    const body = document.querySelector('.article-body') as Element;
    expect(choice?.roots.some((r) => r === body || r.contains(body) || body.contains(r))).toBe(true);
  });

  it('reads the headline first and the story without related boxes, tags, asides or comments', () => {
    page(FURNITURE_PAGE);
    const found = findArticle(document, 'https://news.example/a?utm_source=x');
    const lines = found.text.split('\n');
    expect(lines[0]).toBe('بوتين يستقبل شي في الكرملين');
    for (const p of PARAGRAPHS) expect(lines).toContain(p);
    for (const other of ['أردوغان', 'لافروف يزور', 'صادراتها', 'قمة سمرقند', 'تعليق', 'الحقوق', 'سياسة']) {
      expect(found.text).not.toContain(other);
    }
    expect(found.url).toBe('https://news.example/a');
    expect(found.published).toBe('2019-06-05');
  });

  it('falls back to the page’s markup when there is too little for a reader view', () => {
    page(
      '<nav><a href="/">الرئيسية</a></nav><article><h1>بوتين وشي</h1><p>اتصال هاتفي بين بوتين وشي جين بينغ اليوم.</p></article><aside>اقرأ أيضاً: خبر آخر</aside>',
    );
    const where = locateArticle(document);
    expect(where.method).toBe('markup');
    expect(findArticle(document).text).toBe('بوتين وشي\nاتصال هاتفي بين بوتين وشي جين بينغ اليوم.');
  });

  it('reads the title from metadata as a first line when the page has no headline element', () => {
    page(
      `<div class="content">${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</div>`,
      '<meta property="og:title" content="قمة روسية صينية">',
    );
    const found = findArticle(document);
    expect(found.text.split('\n')[0]).toBe(found.title);
    expect(found.text).toContain(PARAGRAPHS[1]);
  });

  it('prefers the story’s own <time> over those of comments and related stories', () => {
    page(`<aside class="related"><time datetime="2024-01-01">أمس</time><a href="/x">خبر</a></aside>
      <article><h1>بوتين يستقبل شي في الكرملين</h1><time datetime="2019-06-05">5 يونيو</time>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article>`);
    expect(findArticle(document).published).toBe('2019-06-05');
  });
});
