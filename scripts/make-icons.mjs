#!/usr/bin/env node
// Renders the PNG app icons in public/icons/ from their SVG sources with the Chromium the end-to-end tests use
// (QUORUM_CHROMIUM, else /usr/bin/chromium). Run after changing an icon: `node scripts/make-icons.mjs`.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "@playwright/test";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const icons = path.join(root, "public", "icons");
const outputs = [
  { from: "icon.svg", to: "icon-192.png", size: 192 },
  { from: "icon.svg", to: "icon-512.png", size: 512 },
  { from: "icon.svg", to: "apple-touch-icon.png", size: 180 },
  { from: "maskable.svg", to: "maskable-512.png", size: 512 },
];
const executablePath = process.env.QUORUM_CHROMIUM || (fs.existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
const browser = await chromium.launch({ executablePath, args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
try {
  for (const { from, to, size } of outputs) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const svg = fs.readFileSync(path.join(icons, from), "utf8");
    await page.setContent(`<html><body style="margin:0">${svg.replace("<svg ", `<svg width="${size}" height="${size}" `)}</body></html>`);
    await page.screenshot({ path: path.join(icons, to), omitBackground: true });
    await page.close();
    console.log(`public/icons/${to}`);
  }
} finally {
  await browser.close();
}
