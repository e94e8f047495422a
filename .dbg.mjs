import puppeteer from 'puppeteer-core';
const browser = await puppeteer.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--headless=new'] });
const page = await browser.newPage();
await page.setViewport({ width: 1350, height: 940 });
await page.goto('http://localhost:8811/demo/');
await new Promise((r) => setTimeout(r, 1500));
console.log(await page.evaluate(() => [...document.querySelectorAll('wallet-faq, wallet-checklist')].map((el) => `${el.outerHTML.slice(0, 120).replace(/\s+/g, ' ')} → ${el.getBoundingClientRect().height} x ${el.getBoundingClientRect().width}`).join('\n')));
await browser.close();
