// A link to the passage itself: a URL text fragment (`#:~:text=start,end`) makes Chromium scroll
// to the quote and mark it; other browsers ignore it and open the article.

const WORDS_EACH_SIDE = 4;
/** Short quotes go whole; longer ones by their first and last words (`textStart,textEnd`). */
const WHOLE_UP_TO = 80;

function encodeFragmentPart(s: string): string {
  // `-`, `,` and `&` have a meaning inside a text directive.
  return encodeURIComponent(s).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');
}

export function quoteLink(url: string, quote: string): string {
  const text = quote.replace(/\s+/g, ' ').trim();
  if (!text) return url;
  const base = url.replace(/#.*$/, '');
  if (text.length <= WHOLE_UP_TO) return `${base}#:~:text=${encodeFragmentPart(text)}`;
  const words = text.split(' ');
  if (words.length <= WORDS_EACH_SIDE * 2) return `${base}#:~:text=${encodeFragmentPart(text)}`;
  const start = words.slice(0, WORDS_EACH_SIDE).join(' ');
  const end = words.slice(-WORDS_EACH_SIDE).join(' ');
  return `${base}#:~:text=${encodeFragmentPart(start)},${encodeFragmentPart(end)}`;
}
