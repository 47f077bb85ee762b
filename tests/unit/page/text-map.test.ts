// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { buildTextMap, offsetAt, rangeFor, TextMapBuilder } from '../../../lib/page/text-map';

function dom(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

/** What a reader sees between two offsets: the range's text with whitespace collapsed. */
function seen(range: Range | null): string | null {
  return range === null ? null : range.toString().replace(/\s+/g, ' ');
}

describe('buildTextMap', () => {
  it('lays text out one line per block, whitespace collapsed and lines trimmed', () => {
    const root = dom(`
      <h1>  قمة   بوتين
        وشي </h1>
      <p>موسكو -<b> استقبل</b> الرئيس<br>  السطر الثاني  </p>
      <ul><li>أ</li><li> ب </li></ul>
      <span>نص</span><em>متصل</em>`);
    expect(buildTextMap(root).text).toBe('قمة بوتين وشي\nموسكو - استقبل الرئيس\nالسطر الثاني\nأ\nب\nنصمتصل');
  });

  it('keeps entities as the characters they stand for, and reads no-break spaces as spaces', () => {
    const root = dom('<p>227&nbsp;مليار &amp; &quot;دولار&quot;</p><p>&nbsp;</p><p>&nbsp; نص &nbsp;</p>');
    expect(buildTextMap(root).text).toBe('227 مليار & "دولار"\nنص');
  });

  it('reads several roots as blocks of their own, after a prefix line that is not on the page', () => {
    document.body.innerHTML = '<h1>العنوان</h1><nav>قائمة</nav><div>النص <b>هنا</b></div>';
    const [h1, , div] = [...document.body.children] as Element[];
    const map = buildTextMap([h1 as Element, div as Element], { prefix: ' عنوان  الموقع ' });
    expect(map.text).toBe('عنوان الموقع\nالعنوان\nالنص هنا');
    expect(rangeFor(map, 0, 5, document)).toBeNull();
    expect(rangeFor(map, map.text.indexOf('هنا'), map.text.length, document)?.toString()).toBe('هنا');
  });

  it('leaves out hidden and non-text elements, and skipped subtrees', () => {
    const root = dom(`
      <p>ظاهر<span hidden>مخفي</span> <span style="display: none">مخفي</span>نص</p>
      <script>var x = "بوتين";</script><style>p{}</style>
      <div aria-hidden="true">أيقونة</div>
      <aside class="related">اقرأ أيضاً</aside>
      <p>آخر</p>`);
    const map = buildTextMap(root, { skip: (el) => el.classList.contains('related') });
    expect(map.text).toBe('ظاهر نص\nآخر');
  });

  it('reads the same text when built in slices', () => {
    const paragraphs = Array.from({ length: 400 }, (_, i) => `<p>فقرة <b>رقم</b> ${i}<br>سطر</p>`).join('');
    const root = dom(`<div>${paragraphs}</div>`);
    const whole = buildTextMap(root).text;
    const builder = new TextMapBuilder(root);
    let slices = 0;
    let calls = 0;
    while (!builder.step(() => ++calls % 2 === 0)) slices++;
    expect(slices).toBeGreaterThan(3);
    expect(builder.finish().text).toBe(whole);
  });
});

describe('rangeFor', () => {
  const html = `
    <p>استقبل الرئيس   <a href="#">فلاديمير <b>بوت</b>ين</a>،
       اليوم الأربعاء، نظيره الصيني شي&nbsp;جين بينغ.</p>
    <p>بلغ التبادل <span>227</span> مليار دولار<br>عام 2023.</p>`;

  it('covers exactly the text of every word, across inline elements', () => {
    const root = dom(html);
    const map = buildTextMap(root);
    const words = [...map.text.matchAll(/[^ \n]+/g)];
    expect(words.length).toBeGreaterThan(15);
    for (const w of words) {
      const range = rangeFor(map, w.index, w.index + w[0].length, document);
      expect(range?.toString()).toBe(w[0]);
    }
  });

  it('covers spans that cross nodes and collapsed whitespace, never the whitespace around them', () => {
    const root = dom(html);
    const map = buildTextMap(root);
    for (const phrase of ['الرئيس فلاديمير بوتين', 'شي جين بينغ', '227 مليار دولار', 'بوتين، اليوم الأربعاء']) {
      const at = map.text.indexOf(phrase);
      expect(at).toBeGreaterThanOrEqual(0);
      const range = rangeFor(map, at, at + phrase.length, document);
      expect(seen(range)).toBe(phrase);
      expect(range?.toString()).not.toMatch(/^\s|\s$/);
    }
  });

  it('returns null when the text behind the map left the page', () => {
    const root = dom('<p>بوتين</p><p>شي</p>');
    const map = buildTextMap(root);
    root.querySelector('p')?.remove();
    expect(rangeFor(map, 0, 5, document)).toBeNull();
    expect(rangeFor(map, 6, 8, document)?.toString()).toBe('شي');
  });
});

describe('offsetAt', () => {
  it('maps selection edges back to text offsets, snapping out of collapsed whitespace', () => {
    const root = dom('<p>أولاً   <b>بوتين</b>  </p><p> وشي</p>');
    const map = buildTextMap(root);
    expect(map.text).toBe('أولاً بوتين\nوشي');
    const b = root.querySelector('b')?.firstChild as Text;
    expect(offsetAt(map, b, 0, 'start')).toBe(map.text.indexOf('بوتين'));
    expect(offsetAt(map, b, 5, 'end')).toBe(map.text.indexOf('بوتين') + 5);
    const firstText = root.querySelector('p')?.firstChild as Text;
    // Inside the collapsed run after "أولاً": a start snaps to بوتين, an end back to after أولاً.
    expect(offsetAt(map, firstText, 7, 'start')).toBe(map.text.indexOf('بوتين'));
    expect(offsetAt(map, firstText, 7, 'end')).toBe(5);
    const second = root.querySelectorAll('p')[1] as Element;
    expect(offsetAt(map, second, 0, 'start')).toBe(map.text.indexOf('وشي'));
    expect(offsetAt(map, root, root.childNodes.length, 'start')).toBeNull();
    expect(offsetAt(map, root, root.childNodes.length, 'end')).toBe(map.text.length);
  });
});
