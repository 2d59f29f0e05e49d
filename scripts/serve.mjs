// A tiny static server for build/: used by the browser tests and the benchmark (no dependency, loopback only).
// It sends the headers of the build's `_headers` file, as Netlify or Cloudflare Pages would, so the tests run
// under the headers a reader's host sends; `base` serves the site under a path, as a newsroom's host would.
// Like nginx's gzip_static/brotli_static it sends the build's precompressed `.br`/`.gz` file beside a file
// when the request accepts it, so tests and the bench see what a reader's host sends on the wire.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** @type {Record<string, string>} */
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json'
};

/** The types worth compressing: text. Images and fonts are compressed already. */
const TEXT = /^(text\/|application\/(json|xml|manifest\+json)|image\/svg\+xml)/;

/** @type {Record<string, string>} */
const SUFFIX = { br: '.br', gzip: '.gz' };

/**
 * The encoding to send: the first of `offered` (the server's order of preference) that `accept` allows.
 * @param {string} accept the request's Accept-Encoding
 * @param {string[]} offered
 * @returns {string | undefined}
 */
export function pickEncoding(accept, offered) {
  const allowed = new Set();
  for (const part of accept.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => /^\s*q=([\d.]+)/.exec(p)?.[1]).find((v) => v !== undefined);
    if (name && (q === undefined || Number(q) > 0)) allowed.add(name);
  }
  return offered.find((e) => allowed.has(e) || allowed.has('*'));
}

/** @type {Map<string, Buffer>} */
const compressed = new Map();
/**
 * A file compressed in memory, as a host compressing on the fly would send it (once per file: the bench times
 * the page, not the compressor).
 * @param {string} target
 * @param {string} encoding
 */
function compressNow(target, encoding) {
  const key = `${encoding}:${target}`;
  let out = compressed.get(key);
  if (!out) {
    const raw = readFileSync(target);
    out =
      encoding === 'br'
        ? brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } })
        : gzipSync(raw, { level: 9 });
    compressed.set(key, out);
  }
  return out;
}

/**
 * The rules of a `_headers` file: a path line (`*` at its end matches anything after it), then indented
 * `Name: value` lines. `#` starts a comment.
 * @param {string} text
 * @returns {{ path: string, headers: [string, string][] }[]}
 */
export function parseHeaders(text) {
  /** @type {{ path: string, headers: [string, string][] }[]} */
  const rules = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: [] });
      continue;
    }
    const [, name, value] = /^\s+([\w-]+):\s*(.*)$/.exec(line) ?? [];
    const rule = rules.at(-1);
    if (!name || value === undefined || !rule) throw new Error(`_headers: cannot read "${line}"`);
    rule.headers.push([name, value.trim()]);
  }
  return rules;
}

/**
 * The headers for a request path, as the hosts that read `_headers` send them: every matching rule applies, and
 * a header set by two rules gets both values joined by a comma.
 * @param {{ path: string, headers: [string, string][] }[]} rules
 * @param {string} path
 * @returns {Record<string, string>}
 */
export function headersFor(rules, path) {
  /** @type {Record<string, string>} */
  const out = {};
  for (const rule of rules) {
    const hit = rule.path.endsWith('*') ? path.startsWith(rule.path.slice(0, -1)) : path === rule.path;
    if (!hit) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      out[key] = out[key] === undefined ? value : `${out[key]}, ${value}`;
    }
  }
  return out;
}

/**
 * Serves `root` on 127.0.0.1:`port` (0 picks a free port), at `base` ('' or '/some/path'). `encodings` are the
 * content encodings it may send, in order of preference ([] sends every file as it is); `compress` compresses
 * text on the fly where the build has no precompressed file (the bench, measuring a build made without them).
 * @param {string} root
 * @param {number} [port]
 * @param {{ headers?: Record<string, string>, base?: string, encodings?: string[], compress?: boolean }} [options]
 * @returns {Promise<{ server: import('node:http').Server, url: string }>}
 */
export function serve(root, port = 0, { headers = {}, base = '', encodings = ['br', 'gzip'], compress = false } = {}) {
  const dir = resolve(root);
  const file = join(dir, '_headers');
  const rules = existsSync(file) ? parseHeaders(readFileSync(file, 'utf8')) : [];
  const server = createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://x').pathname;
    const path = decodeURIComponent(pathname);
    if (base && !(path === base || path.startsWith(`${base}/`))) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    if (path === base) {
      res.writeHead(301, { location: `${base}/` }).end();
      return;
    }
    let target = normalize(join(dir, path.slice(base.length)));
    if (!target.startsWith(dir)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if (statSync(target).isDirectory()) {
        // As static hosts do: /s/x → /s/x/, so relative links inside the page resolve.
        if (!pathname.endsWith('/')) {
          res.writeHead(301, { location: `${pathname}/` }).end();
          return;
        }
        target = join(target, 'index.html');
      }
      statSync(target);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const type = TYPES[extname(target)] ?? 'application/octet-stream';
    const text = TEXT.test(type);
    const encoding = text ? pickEncoding(String(req.headers['accept-encoding'] ?? ''), encodings) : undefined;
    const beside = encoding && `${target}${SUFFIX[encoding]}`;
    const precompressed = beside && existsSync(beside) ? beside : undefined;
    const sent = precompressed || (encoding && compress) ? encoding : undefined;
    res.writeHead(200, {
      'content-type': type,
      ...(text ? { vary: 'Accept-Encoding' } : {}),
      ...(sent ? { 'content-encoding': sent } : {}),
      ...headersFor(rules, pathname),
      ...headers
    });
    if (req.method === 'HEAD') res.end();
    else if (precompressed) createReadStream(precompressed).pipe(res);
    else if (sent) res.end(compressNow(target, sent));
    else createReadStream(target).pipe(res);
  });
  return new Promise((ok) =>
    server.listen(port, '127.0.0.1', () => {
      const { port: p } = /** @type {import('node:net').AddressInfo} */ (server.address());
      ok({ server, url: `http://127.0.0.1:${p}` });
    })
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { url } = await serve(process.argv[2] ?? 'build', Number(process.argv[3] ?? 4173), { base: process.env.BASE_PATH ?? '' });
  console.log(`serving on ${url}${process.env.BASE_PATH ?? ''}/`);
}
