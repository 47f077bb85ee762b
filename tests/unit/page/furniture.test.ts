// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { furnitureJudge, hasFurnitureName, linkShare, nameTokens, opensWithMarker } from '../../../lib/page/furniture';

function el(html: string): Element {
  document.body.innerHTML = html;
  return document.body.firstElementChild as Element;
}

describe('furniture by name', () => {
  it('splits class and id into words, camelCase included', () => {
    expect(nameTokens(el('<div class="relatedPosts read-also" id="post_tags"></div>'))).toEqual([
      'related',
      'posts',
      'read',
      'also',
      'post',
      'tags',
    ]);
  });

  it('knows furniture words without matching words that merely contain them', () => {
    for (const name of ['related-news', 'read-also', 'share-bar', 'post-tags', 'comments', 'ad-slot', 'mostRead']) {
      expect(hasFurnitureName(el(`<div class="${name}"></div>`)), name).toBe(true);
    }
    for (const name of ['article-body', 'header-title', 'thread', 'shadow', 'readable', 'content']) {
      expect(hasFurnitureName(el(`<div class="${name}"></div>`)), name).toBe(false);
    }
  });
});

describe('furniture by its words', () => {
  it('recognises the openers of related lists and closing blocks in any spelling', () => {
    for (const text of ['اقرأ أيضاً:', 'إقرأ ايضا', '• مقالات مشابهة', 'أخبار ذات صلة', 'الوسوم', 'كلمات دلالية:']) {
      expect(opensWithMarker(text), text).toBe(true);
    }
    for (const text of ['أخبار الاقتصاد اليوم', 'اقرأوا المقال', 'وسومها كثيرة']) {
      expect(opensWithMarker(text), text).toBe(false);
    }
  });

  it('measures link text against prose', () => {
    const share = linkShare(el('<ul><li><a href="#">خبر أول</a></li><li><a href="#">خبر ثان</a> منذ ساعة</li></ul>'));
    expect(share.links).toBe(2);
    expect(share.linkChars).toBeGreaterThan(share.otherChars);
  });
});

describe('furnitureJudge', () => {
  const judge = furnitureJudge(2_000);
  it('leaves out related boxes, link lists and named blocks', () => {
    expect(
      judge(el('<div class="box"><h4>اقرأ أيضاً</h4><ul><li><a href="/1">بوتين في سوتشي</a></li></ul></div>')),
    ).toBe(true);
    expect(judge(el('<p><strong>اقرأ أيضا:</strong> <a href="/3">الصين تعلن نمو صادراتها</a></p>'))).toBe(true);
    expect(judge(el('<ul><li><a href="/1">خبر</a></li><li><a href="/2">خبر آخر</a></li></ul>'))).toBe(true);
    expect(judge(el('<aside><p>إعلان</p></aside>'))).toBe(true);
    expect(judge(el('<div class="share-buttons"><span>شارك</span></div>'))).toBe(true);
  });

  it('keeps paragraphs, inline links and blocks that hold most of the story', () => {
    expect(judge(el('<p>قال <a href="/tag/putin">بوتين</a> إن العلاقات مع الصين في أفضل حالاتها منذ عقود.</p>'))).toBe(
      false,
    );
    expect(judge(el('<a class="tag-link" href="/tag/putin">بوتين</a>'))).toBe(false);
    const story = 'نص المقال '.repeat(150);
    expect(judge(el(`<div class="content has-sidebar"><p>${story}</p></div>`))).toBe(false);
    expect(judge(el('<header><h1>العنوان</h1><time>اليوم</time></header>'))).toBe(false);
    expect(judge(el('<header><a href="/">الموقع</a></header>'))).toBe(true);
  });
});
