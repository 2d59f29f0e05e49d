// Which source addresses may be cited: no staging, admin, CMS, preview, proxy, AMP-cache or bare-IP hosts, no spam
// domains, and copies only with `via`. The lists are ours, kept here so an editor can read why each host is on them.

/** Host labels that mark a newsroom's internal or pre-publication servers, never the public page. */
const INTERNAL_LABEL = /(^|[.-])(staging|stage|preview|admin|adm|cms|dev|icdev|mail|editor\d*)([.-]|$)/;

/** Proxies, CDNs and caches that serve someone else's page under their own address. */
export const PROXY_DOMAINS: Record<string, string> = {
  'arc-cdn.net': 'Arc XP content CDN (staging and production copies of newsroom pages)',
  'arcpublishing.com': 'Arc XP content CDN',
  'cdn.ampproject.org': 'AMP cache',
  'ampproject.net': 'AMP cache',
  'translate.goog': 'Google Translate proxy',
  'googleusercontent.com': 'Google cache',
  'oszar.com': 'hex-encoded web proxy',
  'conves.io': 'anonymous proxy deployment',
  'inklusionweb.com': 'accessibility overlay proxy',
  'pages.dev': 'preview deployment host'
};

/**
 * Spam domains: sites that republish news to rank for unrelated business (tech-support numbers) or that are
 * aggregators with no named owner. Our own list, grown from what the verification found; there is no public
 * list of spam news domains we could adopt.
 */
export const SPAM_DOMAINS: Record<string, string> = {
  'applemacsupportnumbers.com': 'tech-support phone spam republishing an Al Jazeera article',
  'shiyumj.com': 'unnamed aggregator on an unrelated domain'
};

/**
 * Sites that copy press releases and wire stories. A source read there must say so with `via`, and the record
 * must describe the original (for a DOJ release: publisher U.S. Department of Justice, kind primary).
 */
export const MIRROR_DOMAINS: Record<string, string> = {
  'einpresswire.com': 'press-release distribution copying DOJ and ICE releases',
  'einnews.com': 'press-release distribution copying DOJ and ICE releases',
  'thefederalnewswire.com': 'automated copies of DOJ releases',
  'pubt.io': 'copies of ICE releases',
  'criminalwatch.com': 'copies of ICE releases',
  'laurauhle.net': 'copy of an SDNY release',
  'fifthestate.nz': 'copies of DOJ releases',
  'spectator.co.nz': 'copies of DOJ releases',
  'rssing.com': 'RSS mirror of blogs and news sites',
  'usfijitimes.org': 'copies of AP stories',
  'dnyuz.com': 'copies of New York Times stories',
  'almendron.com': 'copies of New York Times stories',
  'canada24.co': 'copies of CBC stories',
  'englishtimes.uk': 'copies of NBC stories',
  'pressbee.net': 'copies of San Diego Union-Tribune stories',
  'newsbeep.com': 'copies of San Diego Union-Tribune stories',
  'localbusinessheadlines.com': 'copies of Chicago Tribune stories',
  'daily8.com': 'copies of UPI stories',
  'theosirisproject.com': 'copies of InSight Crime stories',
  'capitollabsllc.com': 'copy of a Congressional Research Service report',
  'radiotele.tv': 'copies of La Jornada stories',
  'frwiki.wiki': 'Wikipedia mirror',
  'scribd.com': 'uploaded copies of documents',
  'dfstgrfedged.blogspot.com': 'blog copy of a PGR report'
};

/** The entry of `list` that matches `host` or a domain it belongs to. */
function listed(host: string, list: Record<string, string>): string | null {
  for (const domain of Object.keys(list)) if (host === domain || host.endsWith(`.${domain}`)) return domain;
  return null;
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
}

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

/** Why `url` cannot be cited, or null if it can. */
export function urlProblem(url: string): string | null {
  const host = hostOf(url);
  if (host === null) return `"${url}" is not a URL`;
  if (IPV4.test(host) || host.startsWith('[')) return `"${url}" is a bare IP address, not a publisher's address`;
  const spam = listed(host, SPAM_DOMAINS);
  if (spam) return `"${host}" is a spam domain (${SPAM_DOMAINS[spam]})`;
  const proxy = listed(host, PROXY_DOMAINS);
  if (proxy) return `"${host}" is a proxy or CDN address (${PROXY_DOMAINS[proxy]}), not the publisher's page`;
  // Only the labels left of the registrable domain name a server; "adm" in a publisher's name is no problem.
  const sub = host.split('.').slice(0, -2).join('.');
  if (sub && INTERNAL_LABEL.test(sub)) return `"${host}" is a staging, admin, CMS or preview host, not the public page`;
  return null;
}

/** The mirror list entry `url` falls under, or null. */
export function mirrorOf(url: string): string | null {
  const host = hostOf(url);
  return host === null ? null : listed(host, MIRROR_DOMAINS);
}
