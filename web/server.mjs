// A small static file server for build/wasm/dist/ (the .wasm must be served as application/wasm
// for streaming compilation). Used by web/serve and, with a CSP header and extra folders, by the
// browser tests and the budget script. Text and WebAssembly go gzipped to a browser that takes
// gzip, as a university's web server sends them: the budget counts gzip bytes, and a slow phone's
// timings should see the bytes a phone would receive (compress: false serves them as they are).
//   node web/server.mjs [--root DIR] [--port 8000] [--csp "script-src 'self' 'wasm-unsafe-eval'"]
import {createServer} from 'node:http';
import {readFile, stat} from 'node:fs/promises';
import {extname, join, normalize, resolve, sep} from 'node:path';
import {fileURLToPath} from 'node:url';
import {gzipSync} from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSED = new Set(['.html', '.js', '.mjs', '.css', '.json', '.wasm', '.svg', '.txt']);

// mounts: {'/': dir, '/fixtures/': dir2}; the longest matching prefix wins.
// Resolves to {server, url, close()}; onRequest(pathname) sees every request (tests count them).
export async function startServer({mounts, port = 0, host = '127.0.0.1', csp = null, onRequest = null,
                                  compress = true}) {
  const prefixes = Object.keys(mounts).sort((a, b) => b.length - a.length);
  // Each file read and gzipped once per version of it (its size and time of change).
  const gzipped = new Map();
  const gzipOf = async (file, info) => {
    const kept = gzipped.get(file);
    if (kept && kept.size === info.size && kept.mtimeMs === info.mtimeMs) return kept.body;
    const entry = {size: info.size, mtimeMs: info.mtimeMs, body: gzipSync(await readFile(file), {level: 9})};
    gzipped.set(file, entry);
    return entry.body;
  };
  const server = createServer(async (request, response) => {
    const headers = {'Cache-Control': 'no-cache', 'X-Content-Type-Options': 'nosniff'};
    if (csp) headers['Content-Security-Policy'] = csp;
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    } catch {
      // A malformed escape (GET /%E0%A4%A) is the client's mistake: answer it, stay up.
      headers['Content-Type'] = 'text/plain; charset=utf-8';
      response.writeHead(400, headers);
      response.end('Bad request\n');
      return;
    }
    if (onRequest) onRequest(pathname);
    const prefix = prefixes.find((p) => pathname.startsWith(p));
    const root = prefix && resolve(mounts[prefix]);
    let file = root && normalize(join(root, pathname.slice(prefix.length)));
    try {
      if (!file || (file !== root && !file.startsWith(root + sep))) throw new Error('outside');
      let info = await stat(file);
      if (info.isDirectory()) {
        file = join(file, 'index.html');
        info = await stat(file);
      }
      headers['Content-Type'] = TYPES[extname(file)] || 'application/octet-stream';
      const gzip = compress && COMPRESSED.has(extname(file)) && /\bgzip\b/.test(request.headers['accept-encoding'] || '');
      const body = gzip ? await gzipOf(file, info) : await readFile(file);
      if (gzip) {
        headers['Content-Encoding'] = 'gzip';
        headers['Vary'] = 'Accept-Encoding';
      }
      response.writeHead(200, headers);
      response.end(request.method === 'HEAD' ? undefined : body);
    } catch {
      headers['Content-Type'] = 'text/plain; charset=utf-8';
      response.writeHead(404, headers);
      response.end('Not found\n');
    }
  });
  await new Promise((done, fail) => server.once('error', fail).listen(port, host, done));
  const url = `http://${host}:${server.address().port}/`;
  // close() also ends the connections a browser opened ahead of a request it never sent: Node
  // counts them as active, not idle, so server.close() alone waited up to two minutes for them.
  const close = () => new Promise((done) => {
    server.close(done);
    server.closeAllConnections();
  });
  return {server, url, close};
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const option = (name, fallback) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args[i + 1] : fallback;
  };
  const here = fileURLToPath(new URL('.', import.meta.url));
  const root = option('root', join(here, '..', 'build', 'wasm', 'dist'));
  const {url} = await startServer({mounts: {'/': root}, port: Number(option('port', 8000)),
                                   host: option('host', '127.0.0.1'), csp: option('csp', null)});
  console.log(`Serving ${root} on ${url} (Ctrl-C stops)`);
}
