// The response headers a reader's host sends, as one list of rules: written out as the `_headers` file that
// Netlify and Cloudflare Pages read, and as the nginx snippet in the README. scripts/serve.mjs applies the same
// file, so the browser tests run under these headers.

export interface Rule {
  /** A path below the base path; `*` at the end matches anything after it, as in `_headers`. */
  path: string;
  headers: [name: string, value: string][];
}

/** Sent with everything. */
export const COMMON: [string, string][] = [
  // A script or style is only ever run as the type it is served as.
  ['X-Content-Type-Options', 'nosniff'],
  // Source links and embeds tell other sites the origin they came from, never the page or fragment.
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  // HTTPS for a year; not includeSubDomains or preload: the site lives on a newsroom's host, whose other
  // subdomains are not ours to decide for.
  ['Strict-Transport-Security', 'max-age=31536000']
];

// Kit's <meta> CSP carries everything but frame-ancestors, which only a header can. The header repeats the
// directives that hold whatever the page is, so files without the meta (SVG, JSON) are covered too.
const BASE_POLICY = "object-src 'none'; base-uri 'none'; form-action 'none'";
/** Pages that must not be framed: the story, share pages, embed codes. */
const NO_FRAME: [string, string][] = [
  ['Content-Security-Policy', `frame-ancestors 'none'; ${BASE_POLICY}`],
  ['X-Frame-Options', 'DENY']
];
/** The embeds exist to be framed, by any site. */
const ANY_FRAME: [string, string][] = [['Content-Security-Policy', `frame-ancestors *; ${BASE_POLICY}`]];

/** Pages and data change when a correction is published: caches check again after five minutes. */
const SHORT: [string, string] = ['Cache-Control', 'public, max-age=300'];
/** Kit's hashed file names change with their content: cached for a year, never revalidated. */
const IMMUTABLE: [string, string] = ['Cache-Control', 'public, max-age=31536000, immutable'];
/** Kit asks this file whether a new version was deployed: it must never be stale. */
const NO_CACHE: [string, string] = ['Cache-Control', 'no-cache'];

/**
 * No header is set by two rules that match the same path: hosts that read `_headers` join such values with a
 * comma, which would make two CSPs (the stricter wins) or a contradictory Cache-Control.
 */
export const RULES: Rule[] = [
  { path: '/*', headers: COMMON },
  { path: '/', headers: [...NO_FRAME, SHORT] },
  { path: '/index.html', headers: [...NO_FRAME, SHORT] },
  { path: '/__data.json', headers: [SHORT] },
  { path: '/s/*', headers: [...NO_FRAME, SHORT] },
  { path: '/embed-codes/*', headers: [...NO_FRAME, SHORT] },
  // The roster page: the table a reader without JavaScript follows to, and the story page fetches (same origin,
  // which connect-src 'self' allows).
  { path: '/roster/*', headers: [...NO_FRAME, SHORT] },
  // The story embed opens links in a new tab; nothing in an embed acts on the host's behalf, so any site may frame it.
  { path: '/embed/*', headers: [...ANY_FRAME, SHORT] },
  // The Spanish edition: the same pages under /es/, with the same framing rules.
  { path: '/es/', headers: [...NO_FRAME, SHORT] },
  { path: '/es/index.html', headers: [...NO_FRAME, SHORT] },
  { path: '/es/__data.json', headers: [SHORT] },
  { path: '/es/s/*', headers: [...NO_FRAME, SHORT] },
  { path: '/es/embed-codes/*', headers: [...NO_FRAME, SHORT] },
  { path: '/es/roster/*', headers: [...NO_FRAME, SHORT] },
  { path: '/es/embed/*', headers: [...ANY_FRAME, SHORT] },
  { path: '/data/*', headers: [SHORT] },
  // The Spanish edition's downloads (people, events, ties, territories in Spanish).
  { path: '/es/data/*', headers: [SHORT] },
  { path: '/embed.js', headers: [SHORT] },
  { path: '/og.png', headers: [SHORT] },
  { path: '/es/og.png', headers: [SHORT] },
  { path: '/favicon.svg', headers: [SHORT] },
  { path: '/nojs.css', headers: [SHORT] },
  { path: '/sitemap.xml', headers: [SHORT] },
  { path: '/robots.txt', headers: [SHORT] },
  { path: '/_app/version.json', headers: [NO_CACHE] },
  { path: '/_app/immutable/*', headers: [IMMUTABLE] }
];

/** The `_headers` file (Netlify, Cloudflare Pages) for a site served from `base`. */
export function headersFile(base: string, rules: Rule[] = RULES): string {
  const head =
    '# Handover: response headers for hosts that read this file (Netlify, Cloudflare Pages). Made by the build\n' +
    '# from src/lib/host/headers.ts; the README has the same rules for nginx.\n';
  return head + rules.map((r) => `${base}${r.path}\n${r.headers.map(([n, v]) => `  ${n}: ${v}\n`).join('')}`).join('');
}

function nginxValue(v: string): string {
  return `"${v.replace(/["\\]/g, '\\$&')}"`;
}

/**
 * The same rules for nginx, with build/ copied to `root` + `base`: one regex location per set of headers. nginx
 * drops the enclosing block's add_header lines in a location that has its own, so each repeats the common ones.
 */
export function nginxSnippet(base: string, root = '/path/to/handover', rules: Rule[] = RULES): string {
  const common = rules.find((r) => r.path === '/*')!.headers;
  const escape = (p: string) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  const groups = new Map<string, { headers: [string, string][]; paths: string[] }>();
  for (const r of rules.filter((x) => x.path !== '/*')) {
    const key = JSON.stringify(r.headers);
    const g = groups.get(key) ?? { headers: r.headers, paths: [] };
    g.paths.push(r.path.endsWith('*') ? `${escape(r.path.slice(0, -1))}.*` : escape(r.path));
    groups.set(key, g);
  }
  const lines = (hs: [string, string][], indent: string) =>
    hs.map(([n, v]) => `${indent}add_header ${n} ${nginxValue(v)} always;\n`).join('');
  const blocks = [...groups.values()]
    .map((g) => `  location ~ "^${escape(base)}(${g.paths.join('|')})$" {\n${lines([...common, ...g.headers], '    ')}  }\n`)
    .join('');
  // The build's precompressed .br and .gz files are sent as they are (brotli_static needs the ngx_brotli module).
  const precompressed = '  gzip_static on;\n  brotli_static on;\n  gzip_vary on;\n';
  return `location ${base}/ {\n  root ${root};\n${precompressed}${lines(common, '  ')}${blocks}}\n`;
}
