// Run a bundled job in headless Debian Chromium (playwright-core; no browser download). Pages are served from
// 127.0.0.1 by a throwaway HTTP server; `csp` sets a Content-Security-Policy header on the page and the bundle.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'];

// The loader is a separate same-origin file so that a strict `script-src 'self'` policy still lets it run.
const PAGE = '<!doctype html><meta charset="utf-8"><script type="module" src="/loader.js"></script>';
const LOADER = "import('/job.js').then((m) => { window.__job = m; window.__loaded = true; }, " +
  '(e) => { window.__loaded = String(e); });';

/** Launch Chromium once; `run(bundlePath, input, { csp })` can then be called many times. */
export async function openChromium() {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: ARGS });
  return {
    async run(bundlePath, input, { csp } = {}) {
      const js = await readFile(bundlePath);
      const server = createServer((req, res) => {
        const headers = csp ? { 'content-security-policy': csp } : {};
        if (req.url === '/job.js') res.writeHead(200, { ...headers, 'content-type': 'text/javascript' }).end(js);
        else if (req.url === '/loader.js') res.writeHead(200, { ...headers, 'content-type': 'text/javascript' }).end(LOADER);
        else res.writeHead(200, { ...headers, 'content-type': 'text/html' }).end(PAGE);
      });
      await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
      const page = await browser.newPage();
      const logs = [];
      page.on('pageerror', (e) => logs.push(String(e)));
      try {
        await page.goto(`http://127.0.0.1:${server.address().port}/`);
        await page.waitForFunction(() => window.__loaded !== undefined, null, { timeout: 60_000 });
        const loaded = await page.evaluate(() => window.__loaded);
        if (loaded !== true) throw new Error(`job failed to load in Chromium: ${loaded} ${logs.join('; ')}`);
        return await page.evaluate((arg) => window.__job.main(arg), input);
      } finally {
        await page.close();
        server.close();
      }
    },
    close: () => browser.close(),
  };
}
