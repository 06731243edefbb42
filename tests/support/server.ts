// A static file server for the built site (dist/), as a static host would serve it:
// `/path/` serves `path/index.html`, and anything missing gets dist/404.html with status 404.
// It listens on 127.0.0.1 on a port the OS picks, so tests never clash with `npm start` (4321).
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import sirv from 'sirv';
import { DIST_DIR } from './paths.ts';

export interface StaticServer {
  /** Origin of the server, without a trailing slash, e.g. `http://127.0.0.1:41234`. */
  url: string;
  close(): Promise<void>;
}

export async function serveDist(dir: string = DIST_DIR): Promise<StaticServer> {
  if (!existsSync(join(dir, 'index.html'))) {
    throw new Error(
      `No built site in ${dir} (index.html is missing). Run \`npm run build\` first, ` +
        'or run the site tests through `npm test`, whose global setup builds the site.',
    );
  }
  const notFoundPage = join(dir, '404.html');
  const serve = sirv(dir, {
    dev: false, // index the files once, like a static host; dist/ is built before this starts
    etag: true,
    dotfiles: false,
    extensions: ['html'],
    onNoMatch(_req, res) {
      res.statusCode = 404;
      if (existsSync(notFoundPage)) {
        res.setHeader('Content-Type', 'text/html; charset=utf-8');
        res.end(readFileSync(notFoundPage));
      } else {
        res.setHeader('Content-Type', 'text/plain; charset=utf-8');
        res.end('Not found');
      }
    },
  });

  const server = createServer((req, res) => serve(req, res));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
