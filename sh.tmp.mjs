import { chromium } from 'playwright';

const [, , url, out, width = '1100', height = '900', selector = '.image-check'] = process.argv;
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
const errors = [];
page.on('console', (m) => {
  if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text());
});
page.on('pageerror', (e) => errors.push('pageerror: ' + e.message));
await page.goto(url);
await page.waitForSelector(selector, { timeout: 15000 });
await page.waitForTimeout(2000);
await page.locator(selector).first().screenshot({ path: out });
console.log(errors.join('\n') || 'no errors');
await browser.close();
