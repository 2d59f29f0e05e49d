// A second origin for embed tests: a tiny server on another port of 127.0.0.1 that serves host pages from memory
// and pym.js from node_modules, so the embeds run cross-origin as they do on a news site.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
export const PYM = readFileSync(require.resolve('pym.js/dist/pym.v1.min.js'), 'utf8');

export async function hostServer(pages: Record<string, string>): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path === '/pym.v1.min.js') {
      res.writeHead(200, { 'content-type': 'text/javascript' }).end(PYM);
      return;
    }
    const page = pages[path];
    if (page === undefined) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as { port: number };
  return { server, url: `http://127.0.0.1:${port}` };
}
