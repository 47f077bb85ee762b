// Large Arabic news pages for the browser benchmark, built from a fixed seed so every run reads the
// same page. They are shaped like real ones: a mega-menu, a long report with many leaders, places,
// dates and figures, "اقرأ أيضاً" boxes inside the story, a related-articles rail, a long comment
// thread, a footer, and the inline JSON and CSS that make up much of a real page's weight.

import { seededRandom } from '../tests/support/seeded-random';

const LEADERS = [
  'الرئيس الروسي فلاديمير بوتين',
  'الرئيس الصيني شي جين بينغ',
  'بوتين',
  'شي',
  'وزير الخارجية سيرغي لافروف',
  'نظيره الصيني وانغ يي',
  'المتحدث باسم الكرملين دميتري بيسكوف',
  'يوري أوشاكوف',
];
const PLACES = ['موسكو', 'بكين', 'الكرملين', 'قاعة الشعب الكبرى', 'سمرقند', 'شنغهاي', 'فلاديفوستوك', 'سوتشي'];
const DATES = [
  'يوم الاثنين الماضي',
  'في 21 مارس 2023',
  'اليوم الخميس',
  'في الخامس عشر من سبتمبر',
  'عام 2019',
  'في حزيران/يونيو الماضي',
  'مساء أمس',
  '22/03/2023',
];
const FIGURES = [
  '227 مليار دولار',
  '40 مرة',
  'بنسبة 26%',
  'نحو 30 اتفاقية',
  'ثلاثة أيام',
  '190 مليار دولار',
  'الذكرى الـ 75',
  '38 مليار متر مكعب',
];
const CONNECTIVES = ['وأضاف', 'وأشار', 'وأكد', 'ولفت', 'وأوضح', 'من جهته، قال', 'في المقابل، رأى', 'وبحسب مراقبين،'];
const FILLER = [
  'أن العلاقات بين البلدين تشهد تطوراً ملحوظاً في مختلف المجالات الاقتصادية والسياسية والثقافية',
  'أن الجانبين اتفقا على توسيع التعاون في مجالات الطاقة والنقل والزراعة والتكنولوجيا المتقدمة',
  'أن المحادثات جرت في أجواء ودية وبناءة وتناولت القضايا الإقليمية والدولية ذات الاهتمام المشترك',
  'أن حجم التبادل التجاري مرشح لمزيد من النمو خلال السنوات المقبلة رغم التحديات القائمة',
  'أن البلدين يرفضان العقوبات الأحادية ويدعوان إلى نظام دولي أكثر عدلاً وتوازناً',
  'أن مشروع خط الأنابيب الجديد سيعزز أمن الطاقة في المنطقة ويفتح أسواقاً جديدة',
];
const NOISE = [
  'ارتفاع أسعار الذهب في التعاملات المسائية',
  'منتخب مصر يستعد لمواجهة حاسمة في التصفيات',
  'الأرصاد تتوقع طقساً حاراً على معظم المناطق',
  'البورصة تغلق على ارتفاع بدعم من أسهم البنوك',
  'افتتاح معرض الكتاب بمشاركة واسعة من دور النشر',
  'وزارة التعليم تعلن موعد امتحانات نهاية العام',
];

const pick = <T>(rnd: () => number, list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;

function sentence(rnd: () => number): string {
  return `${pick(rnd, CONNECTIVES)} ${pick(rnd, LEADERS)}، ${pick(rnd, DATES)} في ${pick(rnd, PLACES)}، ${pick(rnd, FILLER)}، وأن قيمة الصفقات بلغت ${pick(rnd, FIGURES)}.`;
}

function paragraph(rnd: () => number): string {
  const n = 2 + Math.floor(rnd() * 3);
  const parts: string[] = [];
  for (let i = 0; i < n; i++) {
    const s = sentence(rnd);
    // Inline markup a CMS leaves in paragraphs: links, bold names, spans.
    parts.push(rnd() < 0.2 ? s.replace('بوتين', '<a href="/tag/putin"><strong>بوتين</strong></a>') : s);
  }
  return `<p>${parts.join(' ')}</p>`;
}

function relatedBox(rnd: () => number): string {
  const items = Array.from(
    { length: 3 },
    () => `<li><a href="/news/${Math.floor(rnd() * 1e6)}">${pick(rnd, NOISE)}</a></li>`,
  );
  return `<div class="read-also"><h4>اقرأ أيضاً</h4><ul>${items.join('')}</ul></div>`;
}

function comment(rnd: () => number, i: number): string {
  return `<li class="comment" id="c${i}"><div class="comment-author">قارئ ${i}</div><p>${pick(rnd, NOISE)}، ${pick(rnd, FILLER)}، وهذا رأي ${pick(rnd, LEADERS)} أيضاً.</p><time datetime="2023-03-2${i % 9}">منذ ${i % 23} ساعة</time></li>`;
}

export interface BenchPageOptions {
  /** Target size of the HTML in bytes (UTF-8); the page is grown until it reaches it. */
  bytes: number;
  /** Share of the weight that is story paragraphs (the rest is page furniture and inline data). */
  storyShare: number;
  seed?: number;
}

/** A whole news page of about `bytes` bytes. */
export function benchPage({ bytes, storyShare, seed = 7 }: BenchPageOptions): string {
  const rnd = seededRandom(seed);
  const size = (s: string) => Buffer.byteLength(s, 'utf8');
  const nav = Array.from(
    { length: 240 },
    (_, i) => `<li><a href="/section/${i}">${pick(rnd, NOISE).split(' ')[0]} ${i}</a></li>`,
  ).join('');
  const head = `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>بوتين وشي يبحثان في موسكو توسيع الشراكة الاستراتيجية - تقرير موسع</title>
<meta property="og:site_name" content="الصحيفة التجريبية"><meta property="article:published_time" content="2023-03-21T10:00:00+03:00">
<link rel="canonical" href="https://news.example/2023/03/21/putin-xi-moscow">
<style>${'.x{color:#333;margin:0 auto;padding:4px}'.repeat(400)} body{font-family:"DejaVu Sans",sans-serif;max-width:60rem;margin:auto;line-height:1.8}</style></head>
<body><header class="site-header"><nav class="mega-menu"><ul>${nav}</ul></nav></header>
<main><article class="story"><h1>بوتين وشي يبحثان في موسكو توسيع الشراكة الاستراتيجية</h1>
<div class="byline">موسكو - <time datetime="2023-03-21">21 مارس 2023</time></div><div class="article-body" itemprop="articleBody">`;
  const tailOpen =
    '</div><div class="tags"><a href="/tag/russia">روسيا</a> <a href="/tag/china">الصين</a></div></article>';
  const storyTarget = bytes * storyShare;
  const story: string[] = [];
  let storyBytes = 0;
  while (storyBytes < storyTarget) {
    const p = story.length % 12 === 11 ? relatedBox(rnd) : paragraph(rnd);
    story.push(p);
    storyBytes += size(p);
  }
  const aside = `<aside class="related"><h3>مقالات ذات صلة</h3><ul>${Array.from({ length: 40 }, () => `<li><a href="/news/${Math.floor(rnd() * 1e6)}">${pick(rnd, NOISE)} ${pick(rnd, LEADERS)}</a></li>`).join('')}</ul></aside>`;
  const footer = `<footer><p>جميع الحقوق محفوظة © 2023</p></footer>`;
  let page = `${head}${story.join('\n')}${tailOpen}${aside}</main><section class="comments"><h3>التعليقات</h3><ol>`;
  const comments: string[] = [];
  let pageBytes = size(page);
  while (pageBytes < bytes * 0.75) {
    const c = comment(rnd, comments.length);
    comments.push(c);
    pageBytes += size(c);
  }
  page += `${comments.join('')}</ol></section>${footer}<script type="application/json" id="__STATE__">`;
  const state: string[] = [];
  let stateBytes = size(page);
  while (stateBytes < bytes - 200) {
    const chunk = JSON.stringify({ id: stateBytes, title: pick(rnd, NOISE), summary: pick(rnd, FILLER) });
    state.push(chunk);
    stateBytes += size(chunk) + 1;
  }
  return `${page}[${state.join(',')}]</script></body></html>`;
}
