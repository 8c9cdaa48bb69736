// Renders public/icons/icon.svg into the PNG icons a tablet's home screen needs
// and the page's favicon (public/icons/). Run by hand when the icon changes;
// the PNGs are committed, so a build needs no browser.
// Usage: node scripts/site/icons.mjs
import { chromium } from "@playwright/test";
import { readFileSync } from "node:fs";

const svg = readFileSync("public/icons/icon.svg", "utf8");
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
});
// name, size, share of the square the mark fills: a maskable icon keeps its
// mark inside the central 80 % circle that launchers may crop to.
// The favicon is a small PNG, not the SVG: Chromium builds an SVG favicon as a
// document of its own on the page's main thread, ~60 ms at 4x CPU in the middle
// of the timer's start-up (seen in a trace).
const icons = [
  ["icon-32.png", 32, 1],
  ["icon-180.png", 180, 1],
  ["icon-192.png", 192, 1],
  ["icon-512.png", 512, 1],
  ["icon-maskable-512.png", 512, 0.7],
];
for (const [name, size, share] of icons) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  const inner = Math.round(size * share);
  await page.setContent(
    `<body style="margin:0;background:${share < 1 ? "#111827" : "transparent"};display:grid;place-items:center;height:${size}px">` +
      `<div style="width:${inner}px;height:${inner}px">${svg.replace("<svg ", '<svg width="100%" height="100%" ')}</div></body>`,
  );
  await page.screenshot({ path: `public/icons/${name}`, omitBackground: share === 1 });
  await page.close();
}
await browser.close();
console.log(`icons.mjs: ${icons.length} icons in public/icons/`);
