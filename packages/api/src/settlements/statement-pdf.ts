import { env } from '@healthpay/config';
import { chromium } from 'playwright-core';

/**
 * HTML → PDF with headless Chromium: it shapes and orders Arabic correctly (PDF libraries that draw glyphs
 * themselves do not), given an Arabic font (Debian fonts-noto-core; docs/settlements.md). The page runs no script and
 * loads nothing from the network: the HTML is set as content with JavaScript disabled.
 */
export function htmlToPdf(html: string, executablePath = env().HP_CHROMIUM_PATH): Promise<Buffer> {
  // One browser at a time per process: each launch takes hundreds of MB, so concurrent downloads wait their turn.
  const turn = queue.then(() => render(html, executablePath));
  queue = turn.then(() => undefined, () => undefined);
  return turn;
}

let queue: Promise<void> = Promise.resolve();

async function render(html: string, executablePath: string): Promise<Buffer> {
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    const page = await context.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    return await page.pdf({ format: 'A4', printBackground: true, margin: { top: '12mm', bottom: '12mm', left: '10mm', right: '10mm' } });
  } finally {
    await browser.close();
  }
}
