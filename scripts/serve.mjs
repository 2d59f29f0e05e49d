// A tiny static server for build/: used by the browser tests and the benchmark (no dependency, loopback only).
// It sends the headers of the build's `_headers` file, as Netlify or Cloudflare Pages would, so the tests run
// under the headers a reader's host sends; `base` serves the site under a path, as a newsroom's host would.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

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
 * Serves `root` on 127.0.0.1:`port` (0 picks a free port), at `base` ('' or '/some/path').
 * @param {string} root
 * @param {number} [port]
 * @param {{ headers?: Record<string, string>, base?: string }} [options]
 * @returns {Promise<{ server: import('node:http').Server, url: string }>}
 */
export function serve(root, port = 0, { headers = {}, base = '' } = {}) {
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
    res.writeHead(200, {
      'content-type': TYPES[extname(target)] ?? 'application/octet-stream',
      ...headersFor(rules, pathname),
      ...headers
    });
    createReadStream(target).pipe(res);
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
