// The address an article is known by, so two visits of one story (from a feed, a share button, the
// AMP cache) land on one record: the page's declared canonical URL, AMP markers removed, tracking
// parameters and the fragment dropped.

/** Query parameters that only say how the reader arrived. */
const TRACKING = [
  /^utm_/i,
  /^(fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|twclid|igshid|ttclid|li_fat_id|mkt_tok)$/i,
  /^(mc_cid|mc_eid|_ga|_gl|_hsenc|_hsmi|__twitter_impression|spm|scm)$/i,
  /^(ref|ref_src|ref_url|referrer|source|src|cmpid|ocid|ito|at_medium|at_campaign|at_source)$/i,
  /^(share|shared|from|via|s_cid|wt\.mc_id|icid|ncid|sr_share|rss|feed)$/i,
];

/** Query parameters that ask for the AMP rendering. */
const AMP_PARAMS = /^(amp|outputtype|output|view)$/i;

export function cleanUrl(raw: string, base?: string): string | null {
  let url: URL;
  try {
    url = base ? new URL(raw, base) : new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  for (const key of [...url.searchParams.keys()]) {
    const value = url.searchParams.get(key) ?? '';
    const amp = AMP_PARAMS.test(key) && (key.toLowerCase() === 'amp' || /^amp$/i.test(value));
    if (amp || TRACKING.some((re) => re.test(key))) url.searchParams.delete(key);
  }
  url.pathname = url.pathname
    .replace(/\/amp(\.html?)?\/?$/i, '')
    .replace(/\/amp\//i, '/')
    .replace(/\.amp(\.html?)$/i, '$1');
  if (url.hostname.startsWith('amp.')) url.hostname = url.hostname.slice(4);
  // AMP cache addresses embed the origin: https://www-example-com.cdn.ampproject.org/c/s/www.example.com/x
  const cached = /\.cdn\.ampproject\.org$/i.test(url.hostname) && /^\/[a-z]\/(s\/)?(.+)$/i.exec(url.pathname);
  if (cached) return cleanUrl(`${cached[1] ? 'https' : 'http'}://${cached[2]}${url.search}`);
  return url.toString();
}
