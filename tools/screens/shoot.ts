/**
 * `npm run screens`, second half: photographs each page the first half wrote to .data/screens/*.html with
 * Debian's headless Chromium (/usr/bin/chromium, `apt-get install -y chromium`; no browser download),
 * driven by playwright-core, at a 375-pt phone width and twice its pixels, into docs/screens/<name>.png.
 * These are previews of the rendered WXML (tdesign's WXSS included), not WeChat's renderer.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = resolve(__dirname, '..', '..');
const HTML = join(ROOT, '.data', 'screens');
const PNG = join(ROOT, 'docs', 'screens');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

async function main(): Promise<void> {
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH)`);
  const pages = readdirSync(HTML)
    .filter((name) => name.endsWith('.html'))
    .sort();
  if (pages.length === 0)
    throw new Error(`nothing to photograph in ${HTML}: run the first half (jest --config tools/screens/jest.config.js)`);
  mkdirSync(PNG, { recursive: true });
  for (const stale of readdirSync(PNG).filter((name) => name.endsWith('.png'))) rmSync(join(PNG, stale));
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  try {
    const context = await browser.newContext({ viewport: { width: 375, height: 812 }, deviceScaleFactor: 2, locale: 'zh-CN' });
    // Only the page itself (and data: images, the previews' stand-in photos): the icon font tdesign names
    // lives on a CDN this machine does not reach.
    await context.route(/^(?!file:|data:)/, (route) => route.abort());
    const page = await context.newPage();
    for (const name of pages) {
      await page.goto(pathToFileURL(join(HTML, name)).href);
      // A string, evaluated in the page: this file is compiled without the DOM's types.
      await page.evaluate('document.fonts.ready');
      const file = join(PNG, name.replace(/\.html$/, '.png'));
      await page.screenshot({ path: file, fullPage: true, animations: 'disabled' });
      const title = /<title>([^<]*)<\/title>/.exec(readFileSync(join(HTML, name), 'utf8'))?.[1] ?? '';
      console.log(`docs/screens/${name.replace(/\.html$/, '.png')}  ${title}`);
    }
  } finally {
    await browser.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
