import { describe, expect, it } from 'vitest';
import { canonicalUrl, hostOf } from '../../../lib/url/canonical-url';

describe('canonicalUrl', () => {
  it('drops tracking parameters and the fragment, keeps the ones that name the article', () => {
    expect(
      canonicalUrl(
        'https://www.aljazeera.net/news/2023/3/21/x?utm_source=twitter&utm_medium=social&fbclid=IwAR#comments',
      ),
    ).toBe('https://www.aljazeera.net/news/2023/3/21/x');
    expect(canonicalUrl('https://www.youm7.com/story/2023/3/21/ID?id=6112&gclid=abc&ref=home')).toBe(
      'https://www.youm7.com/story/2023/3/21/ID?id=6112',
    );
    // Parameter order does not make two articles.
    expect(canonicalUrl('https://a.example/x?b=2&a=1')).toBe(canonicalUrl('https://a.example/x?a=1&b=2'));
  });

  it('undoes AMP addresses, including the Google AMP cache', () => {
    expect(canonicalUrl('https://arabic.rt.com/world/1447000-x/amp/')).toBe('https://arabic.rt.com/world/1447000-x/');
    expect(canonicalUrl('https://www.skynewsarabia.com/amp/world/1607000-x')).toBe(
      'https://www.skynewsarabia.com/world/1607000-x',
    );
    expect(canonicalUrl('https://www.example.com/news/story.amp.html')).toBe('https://www.example.com/news/story.html');
    expect(canonicalUrl('https://www.example.com/news/story?amp=1')).toBe('https://www.example.com/news/story');
    expect(canonicalUrl('https://amp.example.com/news/story')).toBe('https://example.com/news/story');
    expect(canonicalUrl('https://www-aa-com-tr.cdn.ampproject.org/c/s/www.aa.com.tr/ar/x/2934000?utm_source=g')).toBe(
      'https://www.aa.com.tr/ar/x/2934000',
    );
  });

  it('refuses what is not a web address; resolves relative ones against a base', () => {
    for (const raw of ['javascript:alert(1)', 'data:text/html,x', 'file:///etc/passwd', 'not a url', ''])
      expect(canonicalUrl(raw)).toBeNull();
    expect(canonicalUrl('/news/1?utm_source=x', 'https://www.alarabiya.net/ar/')).toBe(
      'https://www.alarabiya.net/news/1',
    );
    expect(canonicalUrl('https://user:pass@a.example/x')).toBe('https://a.example/x');
  });

  it('hostOf gives the site for per-site settings', () => {
    expect(hostOf('https://www.Aljazeera.net/x')).toBe('aljazeera.net');
    expect(hostOf('https://m.youm7.com/x')).toBe('youm7.com');
    expect(hostOf('https://arabic.rt.com/x')).toBe('arabic.rt.com');
    expect(hostOf('nonsense')).toBe('');
  });
});
