import { describe, expect, it } from 'vitest';
import { quoteLink } from '../../../components/shared/quote-link';

describe('links to a quoted passage', () => {
  it('adds a text fragment with the whole short quote, replacing any fragment', () => {
    const url = quoteLink('https://example.com/a#top', 'بلغ حجم التبادل 227 مليار دولار');
    expect(url.startsWith('https://example.com/a#:~:text=')).toBe(true);
    expect(decodeURIComponent(url.split('#:~:text=')[1] as string)).toBe('بلغ حجم التبادل 227 مليار دولار');
  });

  it('names a long quote by its first and last words, and escapes the directive characters', () => {
    const quote =
      'قال الرئيس الروسي فلاديمير بوتين إن العلاقات مع الصين بلغت مستوى غير مسبوق في تاريخها، وإن التبادل التجاري تجاوز 200 مليار دولار - وهو رقم قياسي';
    const fragment = quoteLink('https://example.com/a', quote).split('#:~:text=')[1] as string;
    const [start, end] = fragment.split(',');
    expect(decodeURIComponent(start as string)).toBe('قال الرئيس الروسي فلاديمير');
    expect(end).toContain('%2D');
    expect(decodeURIComponent(end as string)).toBe('- وهو رقم قياسي');
  });

  it('leaves the URL alone for an empty quote', () => {
    expect(quoteLink('https://example.com/a', '  ')).toBe('https://example.com/a');
  });
});
