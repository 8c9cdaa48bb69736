// Builds public/vendor/echarts-kpi.min.js from the pinned npm `echarts` (never
// a CDN). Trunk runs it before every build (Trunk.toml); it does nothing when
// the file is newer than its inputs, so `trunk serve` does not loop.
import { build } from 'esbuild';
import { mkdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const entry = join(here, 'entry.js');
const out = join(root, 'public', 'vendor', 'echarts-kpi.min.js');
const inputs = [entry, join(here, 'build.mjs'), join(root, 'package-lock.json')];

const mtime = (path) => {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return -1;
  }
};

if (Math.max(...inputs.map(mtime)) < mtime(out)) {
  process.exit(0);
}
mkdirSync(dirname(out), { recursive: true });
await build({
  entryPoints: [entry],
  outfile: out,
  bundle: true,
  format: 'iife',
  minify: true,
  target: 'es2017',
  // ECharts' licence notice stays in the file, at its end.
  legalComments: 'eof',
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
});
console.log(`built ${out}`);
