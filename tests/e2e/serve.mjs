// A plain static file server, as a static host would serve dist/: files as
// they are with an ETag and Last-Modified (304 when unchanged, as nginx does),
// and 404.html (with status 404) for any path that is not a file.
// Usage: node tests/e2e/serve.mjs <dir> <port> [base-path]
// The bench imports `serveStatic` to count what each page load transfers.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";

const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".mjs": "text/javascript",
  ".wasm": "application/wasm",
  ".css": "text/css",
  ".svg": "image/svg+xml",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
  ".png": "image/png",
};

async function fileAt(path) {
  try {
    const info = await stat(path);
    return info.isFile() ? path : info.isDirectory() ? fileAt(join(path, "index.html")) : null;
  } catch {
    return null;
  }
}

/** Serves `dir` under `base`; `onServed(file, bytes)` hears of every answer
 * (bytes 0 for a 304). */
export function serveStatic(dir, port, base = "/", onServed = () => {}) {
  const prefix = base.endsWith("/") ? base : `${base}/`;
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, "http://localhost");
    const pathname = decodeURIComponent(url.pathname);
    let file = null;
    if (pathname.startsWith(prefix) || `${pathname}/` === prefix) {
      const relative = normalize(pathname.slice(prefix.length - 1)).replace(/^(\.\.[/\\])+/, "");
      file = await fileAt(join(dir, relative));
    }
    const status = file ? 200 : 404;
    file ??= join(dir, "404.html");
    try {
      const info = await stat(file);
      const etag = `"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`;
      const headers = {
        "content-type": types[extname(file)] ?? "application/octet-stream",
        etag,
        "last-modified": info.mtime.toUTCString(),
      };
      if (status === 200 && req.headers["if-none-match"] === etag) {
        res.writeHead(304, headers);
        res.end();
        onServed(file, 0);
        return;
      }
      const body = await readFile(file);
      res.writeHead(status, headers);
      res.end(body);
      onServed(file, body.length);
    } catch {
      res.writeHead(404, { "content-type": "text/plain" });
      res.end("not found");
    }
  });
  return new Promise((resolve) => server.listen(Number(port), "127.0.0.1", () => resolve(server)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [dir = "dist", port = "4173", base = "/"] = process.argv.slice(2);
  await serveStatic(dir, port, base);
  console.log(`serving ${dir} at http://127.0.0.1:${port}${base}`);
}
