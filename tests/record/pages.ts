/**
 * A small web server on 127.0.0.1 for the ingest tests: pages of our own writing, a redirect to
 * a private address, an oversized page, a binary file, a page of the wrong type.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';

export const INGEST_FIXTURES = fileURLToPath(new URL('../fixtures/ingest/', import.meta.url));
export const NEWS_PAGE = readFileSync(`${INGEST_FIXTURES}harbour-news.html`);
export const BLOG_PAGE = readFileSync(`${INGEST_FIXTURES}library-blog.html`);

export interface PageServer {
  readonly base: string;
  readonly port: number;
  /** Paths requested, in order. */
  readonly hits: string[];
  close(): Promise<void>;
}

/** Routes: path → [status, headers, body]. `/big` streams 6 MB without a length. */
export async function startPageServer(extra: Record<string, readonly [number, Record<string, string>, Buffer | string]> = {}): Promise<PageServer> {
  const hits: string[] = [];
  const routes: Record<string, readonly [number, Record<string, string>, Buffer | string]> = {
    '/news/tram-depot': [200, { 'content-type': 'text/html; charset=utf-8' }, NEWS_PAGE],
    '/blog/library': [200, { 'content-type': 'text/html' }, BLOG_PAGE],
    '/to-metadata': [302, { location: 'http://169.254.169.254/latest/meta-data/' }, ''],
    '/to-loopback': [301, { location: 'http://localhost:9/secret' }, ''],
    '/hop': [302, { location: '/news/tram-depot' }, ''],
    '/image.png': [200, { 'content-type': 'image/png' }, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0])],
    '/files/notes.txt': [200, { 'content-type': 'text/plain' }, 'Harbour notes\n\nThe ferry board met on Monday and agreed to add a late crossing.\n'],
    '/files/binary.txt': [200, { 'content-type': 'application/octet-stream' }, Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04])],
    ...extra,
  };
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    hits.push(path);
    if (path === '/big') {
      res.writeHead(200, { 'content-type': 'text/html' });
      const chunk = Buffer.alloc(64 * 1024, 'a');
      let sent = 0;
      const pump = (): void => {
        while (sent < 6 * 1024 * 1024) {
          sent += chunk.length;
          if (!res.write(chunk)) {
            res.once('drain', pump);
            return;
          }
        }
        res.end();
      };
      res.on('error', () => undefined);
      pump();
      return;
    }
    const route = routes[path];
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const [status, headers, body] = route;
    res.writeHead(status, headers).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    base: `http://127.0.0.1:${port}`,
    port,
    hits,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
