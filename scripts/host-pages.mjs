#!/usr/bin/env node
// The host-page suite: the script-tag build (dist/cdn/wallet-help.js) on pages like the vendors' own
// (test/host-pages/: Bootstrap 5, Tailwind's preflight, normalize.css, WeUI, Bulma, Pico, html { font-size: 62.5% },
// amfe-flexible's rem, a global box-sizing override, a transformed body, filtered and contained ancestors, RTL, a tab bar at the top
// z-index with and without --wallet-help-launcher-offset, an app shell that scrolls inside <main>, a
// dark page), at 1280×800 and a 375×812 phone, in Chromium and Firefox ESR (puppeteer-core) and
// WebKitGTK (WebKitWebDriver + webdriverio). Each check is what a user sees: text of 14–20 px; the
// FAQ's search box and questions inside the FAQ and the screen; the launcher in view at the bottom
// end and reachable by a click; the panel opened by a real click; a wheel over the backdrop leaves
// the page where it is, and so does a finger's drag (Chromium: touch events through the DevTools
// protocol), and so does closing; Escape closes and focus is back on the launcher; the
// drawer on the left of an RTL page (at 1280: narrower, it is a bottom sheet); a dark widget on the
// dark page; and, where something broke, a phone screenshot against test/host-pages/baselines/<engine>/
// (skipped while there is none). Writes the counts to .host-pages-results.json for `npm test`.
//
// Engine limits, said in the output too: MiniBrowser's window is never narrower than 447 px, so
// WebKit's phone cases run at 447×812; WebKit gets clicks, wheels and keys as WebDriver actions.
//
//   node scripts/host-pages.mjs                      (after `npm run build`; BROWSERS=chromium,firefox,webkit,
//                                                     each engine in a child process of its own, all at once)
//   CASES=rtl,dark node scripts/host-pages.mjs        only these pages
//   UPDATE_BASELINES=1 node scripts/host-pages.mjs    writes the phone screenshots as baselines (review them!)
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROMIUM, FIREFOX, selectedBrowsers, startWebKit } from './browsers.mjs';
import { Skip, countLine, createChecks, freePort, takeCounts, until, writeCounts } from './checks.mjs';
import { matchBaseline } from './screenshots.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PAGES = path.join(root, 'test/host-pages');
const RESULTS = path.join(root, '.host-pages-results.json');
const BASELINES = path.join(PAGES, 'baselines');
const ACTUAL = path.join(root, '.host-pages-screenshots');
/** Body text a user reads comfortably, whatever the page does to rem. */
const TEXT_PX = [14, 20];

/**
 * The pages (test/host-pages/<name>.html). `screenshot`: where something broke, compared at the phone
 * size. `end`: the launcher's side. `lifted`: the page sets --wallet-help-launcher-offset to clear its
 * tab bar (`[data-bottom-bar]`). `dark`: the widget's surface must be dark.
 */
const CASES = [
  { name: 'bootstrap' },
  { name: 'tailwind-preflight' },
  { name: 'normalize' },
  { name: 'weui' },
  { name: 'bulma' },
  { name: 'pico' },
  { name: 'rem-62-5', screenshot: true },
  { name: 'amfe-flexible', screenshot: true },
  { name: 'box-sizing', screenshot: true },
  { name: 'transformed-body', screenshot: true },
  { name: 'filtered-ancestors' },
  { name: 'rtl', end: 'left', screenshot: true },
  { name: 'bottom-bar', screenshot: true },
  { name: 'bottom-bar-lifted', lifted: true, screenshot: true },
  { name: 'app-shell' },
  { name: 'dark', dark: true, screenshot: true },
].filter((each) => !process.env.CASES || process.env.CASES.split(',').includes(each.name));

const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 375, height: 812 },
];

const browsers = selectedBrowsers();

// ---------------------------------------------------------------------------------------------
// The server: the pages (with their shared content included), the built bundles, and the vendors'
// CSS and scripts from the devDependencies, each by a fixed name (nothing else of node_modules).

const modules = path.join(root, 'node_modules');
const VENDOR = {
  'bootstrap.css': 'bootstrap/dist/css/bootstrap.min.css',
  'bootstrap.rtl.css': 'bootstrap/dist/css/bootstrap.rtl.min.css',
  // Tailwind 4 ships its preflight as CSS whose only non-CSS is `--theme(--x, fallback)`, which its
  // build turns into `var(--x, fallback)`: the same here, so the browser gets what a Tailwind site serves.
  'tailwind-preflight.css': ['tailwindcss/preflight.css', (css) => css.replaceAll('--theme(', 'var(')],
  'normalize.css': 'normalize.css/normalize.css',
  'weui.css': 'weui/dist/style/weui.min.css',
  'bulma.css': 'bulma/css/bulma.min.css',
  'pico.css': '@picocss/pico/css/pico.min.css',
  'amfe-flexible.js': 'amfe-flexible/index.js',
};
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.json': 'application/json' };

/** A page with its `<!--#include file-->` lines replaced by the file (from test/host-pages/). */
const pageWithIncludes = (file) =>
  readFileSync(file, 'utf8').replace(/<!--#include ([\w.-]+)-->/g, (_, name) => readFileSync(path.join(PAGES, name), 'utf8'));

function resolveRequest(pathname) {
  const vendor = pathname.match(/^\/vendor\/([\w.-]+)$/);
  if (vendor && VENDOR[vendor[1]]) {
    const [file, transform = (text) => text] = [].concat(VENDOR[vendor[1]]);
    return { type: path.extname(vendor[1]), body: () => transform(readFileSync(path.join(modules, file), 'utf8')) };
  }
  const dist = pathname.match(/^\/dist\/cdn\/([\w.-]+\.js)$/);
  if (dist) return { type: '.js', body: () => readFileSync(path.join(root, 'dist/cdn', dist[1])) };
  const page = pathname.match(/^\/([\w-]+\.html)$/);
  if (page && existsSync(path.join(PAGES, page[1]))) return { type: '.html', body: () => pageWithIncludes(path.join(PAGES, page[1])) };
  return null;
}

async function startServer() {
  const server = createServer((request, response) => {
    const found = resolveRequest(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (!found) {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    try {
      const body = found.body();
      response.writeHead(200, { 'Content-Type': TYPES[found.type] ?? 'application/octet-stream', 'Cache-Control': 'no-store' }).end(body);
    } catch (error) {
      response.writeHead(500, { 'Content-Type': 'text/plain' }).end(String(error));
    }
  });
  const port = await freePort();
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${port}`, stop: () => server.close() };
}

// ---------------------------------------------------------------------------------------------
// Browsers: one per engine; a tab (or, in WebKit, the one window resized) per case × viewport.
// Each tab offers what a user does — click, wheel, press a key — at viewport coordinates.

async function puppeteerBrowser(options) {
  const browser = await puppeteer.launch(options);
  return {
    notes: [],
    async open({ width, height }) {
      const page = await browser.newPage();
      await page.setViewport({ width, height, deviceScaleFactor: 1 });
      return {
        goto: (url) => page.goto(url, { waitUntil: 'load' }),
        run: (fn, ...args) => page.evaluate(fn, ...args),
        click: (x, y) => page.mouse.click(Math.round(x), Math.round(y)),
        async wheel(x, y, deltaY) {
          await page.mouse.move(Math.round(x), Math.round(y));
          await page.mouse.wheel({ deltaY });
        },
        press: (key) => page.keyboard.press(key),
        // A finger dragged up by `distance` px from (x, y), as touch events through the DevTools protocol
        // (Chromium only; touch is on for the gesture alone, so the page is otherwise the mouse's).
        async swipe(x, y, distance) {
          if (options.browser === 'firefox') throw new Error('Firefox takes no touch input from puppeteer');
          const client = await page.createCDPSession();
          await client.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 1 });
          const at = (dy) => [{ x: Math.round(x), y: Math.round(y - dy) }];
          await client.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0) });
          for (let dy = 20; dy <= distance; dy += 20) await client.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(dy) });
          await client.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
          await client.send('Emulation.setTouchEmulationEnabled', { enabled: false });
          await client.detach();
        },
        screenshot: async () => Buffer.from(await page.screenshot({ type: 'png' })),
        close: () => page.close(),
      };
    },
    close: () => browser.close(),
  };
}

async function webkitBrowser() {
  const { browser, close } = await startWebKit();
  // The window's frame: the window is sized so that the page's viewport is the one asked for.
  await browser.setWindowSize(1280, 800);
  const inner = await browser.execute(() => [innerWidth, innerHeight]);
  const frame = { width: 1280 - inner[0], height: 800 - inner[1] };
  const notes = [];
  // Input goes through WebDriver actions, each with its own source and never released: WebKitWebDriver's
  // Release Actions sends every earlier wheel back in reverse (at 0,0), which would scroll the page back.
  let sources = 0;
  const act = (type, actions, parameters) => browser.performActions([{ type, id: `${type}${++sources}`, ...(parameters && { parameters }), actions }]);
  const KEYS = { Escape: '\uE00C', Enter: '\uE007' };
  return {
    notes,
    async open({ width, height }) {
      await browser.setWindowSize(width + frame.width, height + frame.height);
      const [actualWidth, actualHeight] = await browser.execute(() => [innerWidth, innerHeight]);
      if (actualWidth !== width || actualHeight !== height) {
        const note = `MiniBrowser's window cannot be made ${width}×${height}: the ${width}×${height} cases run at ${actualWidth}×${actualHeight}`;
        if (!notes.includes(note)) notes.push(note);
      }
      return {
        size: { width: actualWidth, height: actualHeight },
        goto: (url) => browser.url(url),
        run: (fn, ...args) => browser.execute(fn, ...args),
        click: (x, y) =>
          act('pointer', [{ type: 'pointerMove', x: Math.round(x), y: Math.round(y), origin: 'viewport', duration: 0 }, { type: 'pointerDown', button: 0 }, { type: 'pointerUp', button: 0 }], {
            pointerType: 'mouse',
          }),
        wheel: (x, y, deltaY) => act('wheel', [{ type: 'scroll', x: Math.round(x), y: Math.round(y), deltaX: 0, deltaY, origin: 'viewport', duration: 0 }]),
        press: (key) => act('key', [{ type: 'keyDown', value: KEYS[key] ?? key }, { type: 'keyUp', value: KEYS[key] ?? key }]),
        screenshot: async () => Buffer.from(await browser.takeScreenshot(), 'base64'),
        close: async () => {},
      };
    },
    close,
  };
}

const ENGINES = {
  chromium: () => puppeteerBrowser(CHROMIUM),
  firefox: () => puppeteerBrowser(FIREFOX),
  webkit: () => webkitBrowser(),
};

// ---------------------------------------------------------------------------------------------
// In the page. Each function is sent to the browser whole: it uses nothing from this file.

/** The three elements have rendered (and the fonts are in). */
const rendered = () => {
  const part = (tag, name) => document.querySelector(tag)?.shadowRoot?.querySelector(`[part~="${name}"]`);
  return (
    document.readyState === 'complete' &&
    document.fonts.status === 'loaded' &&
    Boolean(part('wallet-faq', 'button') && part('wallet-faq', 'search-input') && part('wallet-checklist', 'label') && part('wallet-help', 'launcher'))
  );
};

/** Everything the layout checks look at, measured at once, in viewport coordinates. */
const measure = () => {
  const help = document.querySelector('wallet-help');
  const faq = document.querySelector('wallet-faq');
  const checklist = document.querySelector('wallet-checklist');
  const inShadow = (host, selector) => [...(host?.shadowRoot?.querySelectorAll(selector) ?? [])];
  const launcher = inShadow(help, '[part~="launcher"]')[0];
  const dialog = inShadow(help, 'dialog')[0];
  const box = (element) => {
    if (!element) return null;
    const { left, top, right, bottom, width, height } = element.getBoundingClientRect();
    return { left, top, right, bottom, width, height };
  };
  // The viewport less its scrollbars, wherever they are (left on some engines' RTL pages): a fixed
  // box with inset 0 on <html>, which no page transforms.
  const probe = document.createElement('div');
  probe.style.cssText = 'position: fixed; inset: 0; visibility: hidden; pointer-events: none; margin: 0; padding: 0; border: 0';
  document.documentElement.append(probe);
  const viewport = box(probe);
  probe.remove();
  // What a pointer at (x, y) lands on, looking into shadow roots.
  const hitAt = (x, y) => {
    let element = document.elementFromPoint(x, y);
    while (element?.shadowRoot) {
      const inner = element.shadowRoot.elementFromPoint(x, y);
      if (!inner || inner === element) break;
      element = inner;
    }
    return element;
  };
  // An element as a reader of the output finds it: `wallet-faq › section[part="base"]`, `nav.tabbar › button`.
  const describe = (element) => {
    if (!element) return 'nothing';
    const part = element.getAttribute('part');
    const name = `${element.localName}${part ? `[part="${part}"]` : element.classList.length ? `.${element.classList[0]}` : ''}`;
    const host = element.getRootNode()?.host;
    if (host) return `${host.localName} › ${name}`;
    const parent = element.parentElement;
    return part || element.classList.length || !parent || parent === document.body ? name : `${describe(parent)} › ${name}`;
  };
  const launcherBox = box(launcher);
  const centre = launcherBox && { x: launcherBox.left + launcherBox.width / 2, y: launcherBox.top + launcherBox.height / 2 };
  const onScreen = centre && centre.x >= viewport.left && centre.x < viewport.right && centre.y >= viewport.top && centre.y < viewport.bottom;
  const hit = onScreen ? hitAt(centre.x, centre.y) : null;
  // The colour behind an element: the first opaque-ish background on its way up, out of shadow roots.
  const canvas = document.createElement('canvas').getContext('2d', { willReadFrequently: true });
  const rgba = (color) => {
    canvas.clearRect(0, 0, 1, 1);
    canvas.fillStyle = color;
    canvas.fillRect(0, 0, 1, 1);
    return [...canvas.getImageData(0, 0, 1, 1).data];
  };
  const luminance = ([r, g, b]) => {
    const linear = (value) => (value / 255 <= 0.04045 ? value / 255 / 12.92 : ((value / 255 + 0.055) / 1.055) ** 2.4);
    return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
  };
  const background = (element) => {
    for (let node = element; node; node = node.parentElement ?? node.getRootNode()?.host) {
      const color = getComputedStyle(node).backgroundColor;
      const channels = rgba(color);
      if (channels[3] >= 128) return { color, luminance: Math.round(luminance(channels) * 1000) / 1000, on: describe(node) };
    }
    return { color: 'none (the canvas: white)', luminance: 1, on: 'nothing' };
  };
  const fontSize = (element) => (element ? Math.round(Number.parseFloat(getComputedStyle(element).fontSize) * 10) / 10 : null);
  const questions = inShadow(faq, '[part~="button"]');
  const bar = document.querySelector('[data-bottom-bar]');
  return {
    viewport,
    fontKnob: [faq, checklist, help].some((element) => getComputedStyle(element).getPropertyValue('--wallet-help-font-size').trim()),
    fontSizes: {
      'question button': fontSize(questions[0]),
      'checklist step label': fontSize(inShadow(checklist, '[part~="label"]')[0]),
      launcher: fontSize(launcher),
    },
    faq: box(faq),
    search: box(inShadow(faq, '[part~="search-input"]')[0]),
    questions: questions.map(box),
    faqBackground: background(inShadow(faq, '[part~="base"]')[0] ?? faq),
    launcher: launcherBox,
    launcherHit: { onScreen: Boolean(onScreen), isLauncher: Boolean(hit && launcher?.contains(hit)), what: describe(hit) },
    bar: box(bar),
    panel: dialog?.open ? { box: box(dialog), background: background(dialog) } : null,
  };
};

/** Scrolls the page's scroller (the app shell's `[data-scroller]`, else the document) to `top`; true once there. */
const scrollPage = (top) => {
  const scroller = document.querySelector('[data-scroller]') ?? document.scrollingElement;
  scroller.scrollTop = top;
  return Math.abs(scroller.scrollTop - top) < 1;
};

/** Where the page's content is on screen (the first heading's top), and the scroller's offset. */
const pagePosition = () => {
  const scroller = document.querySelector('[data-scroller]') ?? document.scrollingElement;
  return { top: document.querySelector('[data-marker]').getBoundingClientRect().top, scrollTop: scroller.scrollTop };
};

/** Counts the wheel events that reach the page (seen first, on the window, before anything can stop them; passive). */
const countWheels = () => {
  if (window.hostPagesWheels === undefined) {
    window.hostPagesWheels = 0;
    window.addEventListener('wheel', () => (window.hostPagesWheels += 1), { capture: true, passive: true });
  }
  return window.hostPagesWheels;
};

const panelOpen = () => Boolean(document.querySelector('wallet-help')?.shadowRoot?.querySelector('dialog')?.open);

/** Focus as a user's keys would find it: the page's element, then inside its shadow root. */
const focusedPath = () => {
  const path = [];
  for (let active = document.activeElement; active; active = active.shadowRoot?.activeElement ?? null) {
    const part = active.getAttribute?.('part');
    path.push(part ? `${active.localName}[part="${part}"]` : active.localName);
  }
  return path.join(' › ');
};

const focusLauncher = () => {
  document.querySelector('wallet-help').shadowRoot.querySelector('[part~="launcher"]').focus({ preventScroll: true });
  return true;
};

const still = () => {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  active?.blur?.();
  return true;
};

// ---------------------------------------------------------------------------------------------

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const round = (value) => Math.round(value * 10) / 10;
const fmt = (rect) => `x ${round(rect.left)}–${round(rect.right)}, y ${round(rect.top)}–${round(rect.bottom)}`;

/** Polls the page's position until three readings over 200 ms agree (smooth scrolling has ended), up to 3 s. */
async function settledPosition(tab) {
  let last = await tab.run(pagePosition);
  let same = 0;
  for (const end = Date.now() + 3000; Date.now() < end && same < 2; ) {
    await sleep(100);
    const now = await tab.run(pagePosition);
    same = Math.abs(now.top - last.top) < 0.5 ? same + 1 : 0;
    last = now;
  }
  return last;
}

async function compare(engine, name, png) {
  matchBaseline({
    baselines: BASELINES,
    actual: ACTUAL,
    engine,
    name,
    png,
    missing: (file) => new Skip(`no baseline ${path.relative(root, file)}; UPDATE_BASELINES=1 writes it`),
  });
}

/** All the checks of one page at one viewport. */
async function runCase(check, engine, tab, origin, hostCase, viewport) {
  const end = hostCase.end ?? 'right';
  const { width, height } = tab.size ?? viewport;
  const label = `${engine} ${hostCase.name} ${width}×${height}`;
  const named = (what) => `${label}: ${what}`;
  try {
    await tab.goto(`${origin}/${hostCase.name}.html`);
    await until(() => tab.run(rendered), `${hostCase.name}.html to render`);
    // Listening from now on: WebKit scrolls by a wheel without telling a listener added only just before it.
    await tab.run(countWheels);
  } catch (error) {
    await check(named('renders'), () => {
      throw error;
    });
    return;
  }

  if (hostCase.screenshot && viewport.name === 'phone') {
    await check(named('looks as its baseline'), async () => {
      await tab.run(still);
      await sleep(300);
      await compare(engine, hostCase.name, await tab.screenshot());
    });
  }

  const seen = await tab.run(measure);
  const { viewport: screen } = seen;

  await check(named(`text is ${TEXT_PX[0]}–${TEXT_PX[1]} px (a question, a checklist step, the launcher)`), () => {
    if (seen.fontKnob) throw new Skip('the page sets --wallet-help-font-size');
    const wrong = Object.entries(seen.fontSizes).filter(([, px]) => px === null || px < TEXT_PX[0] || px > TEXT_PX[1]);
    if (wrong.length) throw new Error(wrong.map(([what, px]) => `${what} ${px} px`).join(', '));
  });

  await check(named('the FAQ search box and every question fit inside the FAQ and the screen'), () => {
    const out = [];
    const within = (what, rect) => {
      if (!rect) return out.push(`${what} missing`);
      if (rect.left < seen.faq.left - 0.5 || rect.right > seen.faq.right + 0.5) out.push(`${what} (${fmt(rect)}) outside the FAQ (${fmt(seen.faq)})`);
      if (rect.left < screen.left - 0.5 || rect.right > screen.right + 0.5) out.push(`${what} (${fmt(rect)}) outside the ${round(screen.width)} px screen`);
    };
    within('the search box', seen.search);
    seen.questions.forEach((rect, index) => within(`question ${index + 1}`, rect));
    if (out.length) throw new Error(out.slice(0, 3).join('; ') + (out.length > 3 ? `; and ${out.length - 3} more` : ''));
  });

  await check(named(`the launcher is in view at the bottom ${end}`), () => {
    const rect = seen.launcher;
    if (!rect) throw new Error('there is no launcher');
    const problems = [];
    if (rect.left < screen.left || rect.right > screen.right || rect.top < screen.top || rect.bottom > screen.bottom) {
      problems.push(`it is at ${fmt(rect)}, the viewport ${fmt(screen)}`);
    } else {
      const gap = end === 'right' ? screen.right - rect.right : rect.left - screen.left;
      if (gap > 64) problems.push(`it is ${round(gap)} px from the ${end} edge`);
      if (screen.bottom - rect.bottom > screen.height / 4) problems.push(`it is ${round(screen.bottom - rect.bottom)} px above the bottom`);
    }
    if (problems.length) throw new Error(problems.join('; '));
  });

  await check(named('the launcher is on top: a click at its centre reaches it'), () => {
    if (!seen.launcher) throw new Error('there is no launcher');
    if (!seen.launcherHit.onScreen) throw new Error(`its centre is off screen (${fmt(seen.launcher)})`);
    if (!seen.launcherHit.isLauncher) throw new Error(`a click at its centre lands on ${seen.launcherHit.what}`);
  });

  if (hostCase.lifted) {
    await check(named('--wallet-help-launcher-offset lifts the launcher above the tab bar'), () => {
      if (seen.launcher.bottom > seen.bar.top + 0.5) throw new Error(`launcher bottom ${round(seen.launcher.bottom)}, the bar's top ${round(seen.bar.top)}`);
    });
  }

  // The panel: opened by a click where the launcher is, the page scrolled a little first.
  await until(() => tab.run(scrollPage, 300), 'the page to scroll to 300 px');
  const before = await settledPosition(tab);
  let opened = false;
  await check(named('a click on the launcher opens the panel'), async () => {
    const now = await tab.run(measure);
    if (!now.launcherHit.onScreen) throw new Error(`the launcher is off screen (${fmt(now.launcher)}): nothing to click`);
    await tab.click(now.launcher.left + now.launcher.width / 2, now.launcher.top + now.launcher.height / 2);
    opened = Boolean(await until(() => tab.run(panelOpen), 'the panel', 1500).catch(() => false));
    if (!opened) throw new Error(`the panel did not open (the click landed on ${now.launcherHit.what})`);
  });
  if (!opened) {
    // Opened from the keyboard instead, so that the checks below still run (from where the page was).
    await until(() => tab.run(scrollPage, before.scrollTop), `the page to scroll back to ${before.scrollTop} px`);
    await settledPosition(tab);
    await tab.run(focusLauncher);
    await tab.press('Enter');
    opened = Boolean(await until(() => tab.run(panelOpen), 'the panel', 3000).catch(() => false));
  }
  const notOpen = () => {
    throw new Error('the panel did not open, by click or by Enter on the launcher');
  };
  await sleep(200); // the opening animation (160 ms)
  const open = opened ? await tab.run(measure) : null;

  if (hostCase.end === 'left' && viewport.name === 'desktop') {
    await check(named('the drawer opens at the left edge'), () => {
      if (!open?.panel) notOpen();
      if (open.panel.box.left > screen.left + 0.5) throw new Error(`the drawer is at ${fmt(open.panel.box)}`);
    });
  }

  if (hostCase.dark) {
    await check(named('the panel and the FAQ are dark (luminance < 0.2)'), () => {
      if (!open?.panel) notOpen();
      const light = [
        ['the panel', open.panel.background],
        ['the FAQ', seen.faqBackground],
      ].filter(([, background]) => background.luminance >= 0.2);
      if (light.length) throw new Error(light.map(([what, bg]) => `${what} is ${bg.color} (luminance ${bg.luminance}, on ${bg.on})`).join('; '));
    });
  }

  let afterWheel = null;
  await check(named('a wheel over the backdrop does not scroll the page'), async () => {
    if (!open?.panel) notOpen();
    const opening = await tab.run(pagePosition);
    // A point on the backdrop: beside the drawer, or above the sheet.
    const panel = open.panel.box;
    const spots = [
      { x: (screen.left + panel.left) / 2, y: screen.height / 2, room: panel.left - screen.left },
      { x: (panel.right + screen.right) / 2, y: screen.height / 2, room: screen.right - panel.right },
      { x: screen.width / 2, y: (screen.top + panel.top) / 2, room: panel.top - screen.top },
    ].sort((a, b) => b.room - a.room);
    if (spots[0].room < 20) throw new Error(`no backdrop to wheel over: the panel covers ${fmt(panel)}`);
    const wheels = await tab.run(countWheels);
    try {
      await tab.wheel(spots[0].x, spots[0].y, 400);
    } catch (error) {
      throw new Skip(`this engine's driver cannot send a wheel: ${String(error.message ?? error).split('\n')[0]}`);
    }
    // Judged only once the page has had the wheel (some engines deliver it late), and its scroll, if any, has run.
    await until(async () => (await tab.run(countWheels)) > wheels, 'the wheel event to reach the page', 5000);
    await sleep(300);
    afterWheel = await settledPosition(tab);
    const byOpening = opening.top - before.top;
    const byWheel = afterWheel.top - opening.top;
    if (Math.abs(byOpening) > 0.5 || Math.abs(byWheel) > 0.5) {
      throw new Error(`the page scrolled ${round(-byOpening)} px as the panel opened and ${round(-byWheel)} px under the wheel (scroll offset ${before.scrollTop} → ${afterWheel.scrollTop})`);
    }
  });

  await check(named('a finger dragged over the backdrop does not scroll the page'), async () => {
    if (!open?.panel) notOpen();
    const panel = open.panel.box;
    const spots = [
      { x: (screen.left + panel.left) / 2, y: screen.height * 0.7, room: panel.left - screen.left },
      { x: (panel.right + screen.right) / 2, y: screen.height * 0.7, room: screen.right - panel.right },
      { x: screen.width / 2, y: panel.top - 10, room: panel.top - screen.top },
    ].sort((a, b) => b.room - a.room);
    const opening = await tab.run(pagePosition);
    if (!tab.swipe) throw new Skip("this engine's driver cannot send touches");
    try {
      await tab.swipe(spots[0].x, spots[0].y, Math.min(300, spots[0].y - 20));
    } catch (error) {
      throw new Skip(String(error.message ?? error).split('\n')[0]);
    }
    await sleep(300);
    const afterSwipe = await settledPosition(tab);
    const moved = afterSwipe.top - opening.top;
    if (Math.abs(moved) > 0.5) throw new Error(`the page scrolled ${round(-moved)} px under the finger (scroll offset ${opening.scrollTop} → ${afterSwipe.scrollTop})`);
  });

  await check(named('Escape closes the panel and focus returns to the launcher'), async () => {
    if (!opened) notOpen();
    await tab.press('Escape');
    await until(async () => !(await tab.run(panelOpen)), 'the panel to close', 3000);
    await sleep(100);
    const focus = await tab.run(focusedPath);
    if (focus !== 'wallet-help › button[part="launcher"]') throw new Error(`focus is on ${focus || 'nothing'}`);
  });

  await check(named('after closing, the page is back where it was'), async () => {
    if (!opened) notOpen();
    if (await tab.run(panelOpen)) throw new Error('the panel is still open');
    const after = await settledPosition(tab);
    const moved = after.top - before.top;
    if (Math.abs(moved) > 0.5) {
      const cause = afterWheel ? ` (the wheel under the open panel had moved it ${round(before.top - afterWheel.top)} px)` : '';
      throw new Error(`it is ${round(-moved)} px from where it was${cause}; scroll offset ${before.scrollTop} → ${after.scrollTop}`);
    }
  });
}

/** One engine's run, in this process: every case at every viewport, its counts into `resultsFile`. */
async function runEngine(engine, resultsFile) {
  const started = Date.now();
  const { check, finish } = createChecks(resultsFile, { traceLines: 3 });
  const server = await startServer();
  console.log(`host pages in ${engine}: ${CASES.length} pages × ${VIEWPORTS.length} viewports`);
  try {
    let browser;
    try {
      browser = await ENGINES[engine]();
    } catch (error) {
      await check(`${engine}: starts`, () => {
        throw error;
      });
      return;
    }
    try {
      for (const hostCase of CASES) {
        for (const viewport of VIEWPORTS) {
          const tab = await browser.open(viewport);
          try {
            await runCase(check, engine, tab, server.origin, hostCase, viewport);
          } finally {
            await tab.close();
          }
        }
      }
      for (const note of browser.notes) console.log(`  note: ${engine}: ${note}`);
    } finally {
      await browser.close();
    }
  } finally {
    server.stop();
    console.log(`host pages in ${engine}: ${Math.round((Date.now() - started) / 1000)} s`);
    finish(`host pages in ${engine}`);
  }
}

/**
 * Every engine at once, each in a child process of this script (the browsers mostly wait, so three fit
 * on two cores); each engine's lines are printed together, in the order of BROWSERS.
 */
async function runEngines() {
  const started = Date.now();
  const runs = browsers.map((engine) => {
    const resultsFile = RESULTS.replace(/\.json$/, `.${engine}.json`);
    rmSync(resultsFile, { force: true });
    const child = spawn(process.execPath, [fileURLToPath(import.meta.url)], {
      env: { ...process.env, HOST_PAGES_ENGINE: engine, HOST_PAGES_RESULTS: resultsFile },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const exited = new Promise((resolve) => child.on('close', (code) => resolve(code)));
    return { engine, resultsFile, exited, output: () => output };
  });
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  for (const run of runs) {
    const code = await run.exited;
    process.stdout.write(run.output());
    const counts = takeCounts(run.resultsFile);
    if (counts) {
      passed += counts.passed;
      failed += counts.failed;
      skipped += counts.skipped;
    } else {
      failed += 1;
      console.log(`  ✗ ${run.engine}: the run ended (exit ${code}) before it counted its checks`);
    }
  }
  writeCounts(RESULTS, { passed, failed, skipped });
  console.log(`\nhost pages: ${Math.round((Date.now() - started) / 1000)} s for ${browsers.join(', ')}`);
  console.log(`host pages: ${countLine({ passed, failed, skipped })}`);
  process.exit(failed ? 1 : 0);
}

const only = process.env.HOST_PAGES_ENGINE;
if (only) await runEngine(only, process.env.HOST_PAGES_RESULTS ?? RESULTS);
else if (browsers.length === 1) await runEngine(browsers[0], RESULTS);
else await runEngines();
