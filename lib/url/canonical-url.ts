// The one address an article is stored under, so that a story reached from a feed, a share button,
// a newsletter or the AMP cache is one record, never two. The page layer picks the address the page
// declares (`<link rel=canonical>`, or the non-AMP page an AMP page names); the background passes
// whatever it is given through `canonicalUrl` again, because the page's address is not trusted.

/** Query parameters that only say how the reader arrived (analytics, ads, share buttons). */
const TRACKING: RegExp[] = [
  /^utm_/i,
  /^(fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|twclid|igshid|ttclid|li_fat_id|mkt_tok|epik)$/i,
  /^(mc_cid|mc_eid|_ga|_gl|_hsenc|_hsmi|__twitter_impression|spm|scm|vero_id|oly_anon_id|oly_enc_id)$/i,
  /^(ref|ref_src|ref_url|referrer|cmpid|ocid|ito|at_medium|at_campaign|at_source|at_custom\d?)$/i,
  /^(share|shared|via|s_cid|wt\.mc_id|icid|ncid|sr_share|rss|xtor|__cf_chl_\w+|cid_source)$/i,
];

/** Parameters that only ask for the AMP rendering of the same article. */
const AMP_PARAM = /^(amp|outputtype)$/i;

export function isHttpUrl(raw: string): boolean {
  return /^https?:\/\//i.test(raw);
}

/**
 * The canonical form of an article address: http(s) only, fragment and tracking parameters dropped,
 * AMP markers (`/amp/`, `.amp.html`, `?amp=1`, `amp.` host, the Google AMP cache) undone, default
 * port and a trailing `?` removed, remaining parameters sorted. Returns null for anything else.
 */
export function canonicalUrl(raw: string, base?: string): string | null {
  let url: URL;
  try {
    url = base === undefined ? new URL(raw.trim()) : new URL(raw.trim(), base);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const cached = fromAmpCache(url);
  if (cached) return canonicalUrl(cached);
  url.hash = '';
  url.username = '';
  url.password = '';
  if (url.hostname.startsWith('amp.')) url.hostname = url.hostname.slice(4);
  url.pathname = url.pathname
    .replace(/\/amp\/?$/i, '/')
    .replace(/\/amp\//i, '/')
    .replace(/\.amp(\.html?)$/i, '$1')
    .replace(/\/{2,}/g, '/');
  const kept: Array<[string, string]> = [];
  for (const [key, value] of url.searchParams) {
    if (TRACKING.some((re) => re.test(key))) continue;
    if (AMP_PARAM.test(key) && (key.toLowerCase() === 'amp' || value.toLowerCase() === 'amp')) continue;
    kept.push([key, value]);
  }
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  url.search = '';
  for (const [key, value] of kept) url.searchParams.append(key, value);
  return url.toString();
}

/** `https://www-example-com.cdn.ampproject.org/c/s/www.example.com/x` → `https://www.example.com/x`. */
function fromAmpCache(url: URL): string | null {
  if (!/\.cdn\.ampproject\.org$/i.test(url.hostname)) return null;
  const m = /^\/[a-z]+\/(s\/)?(.+)$/i.exec(url.pathname);
  if (!m) return null;
  return `${m[1] ? 'https' : 'http'}://${m[2]}${url.search}`;
}

/** The site a host belongs to, for per-site settings: lower case, without `www.`/`m.`/`amp.`. */
export function siteOfHost(host: string): string {
  return host.toLowerCase().replace(/^(www\d?|m|amp|mobile)\./, '');
}

/** The site of an address (see `siteOfHost`), or '' when it is not one. */
export function hostOf(url: string): string {
  try {
    return siteOfHost(new URL(url).hostname);
  } catch {
    return '';
  }
}
