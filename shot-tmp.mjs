import { chromium } from 'playwright-core';
const base = process.argv[2]; const out = process.argv[3]; const shots = JSON.parse(process.argv[4]);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });
for (const s of shots) {
  const ctx = await browser.newContext({ viewport: { width: s.w, height: s.h ?? 900 }, isMobile: s.w < 500, hasTouch: s.w < 500 });
  const page = await ctx.newPage();
  await page.goto(base + s.path, { waitUntil: 'networkidle' });
  if (s.type) { await page.fill(s.type[0], s.type[1]); await page.waitForTimeout(2500); }
  if (s.scroll) await page.evaluate((y) => window.scrollTo(0, y), s.scroll);
  if (s.click) await page.click(s.click);
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${out}/${s.name}.png`, fullPage: !!s.full });
  await ctx.close();
}
await browser.close();
