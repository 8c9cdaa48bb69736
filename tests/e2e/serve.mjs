// A plain static file server, as a static host would serve dist/: files as
// they are, and 404.html (with status 404) for any path that is not a file.
// Usage: node tests/e2e/serve.mjs <dir> <port> [base-path]
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize } from "node:path";

const [dir = "dist", port = "4173", base = "/"] = process.argv.slice(2);
const prefix = base.endsWith("/") ? base : `${base}/`;
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

createServer(async (req, res) => {
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
    const body = await readFile(file);
    res.writeHead(status, { "content-type": types[extname(file)] ?? "application/octet-stream" });
    res.end(body);
  } catch {
    res.writeHead(404, { "content-type": "text/plain" });
    res.end("not found");
  }
}).listen(Number(port), "127.0.0.1", () => {
  console.log(`serving ${dir} at http://127.0.0.1:${port}${prefix}`);
});
