#!/usr/bin/env node
// End-to-end tests: the demo wallet (demo/wallet/, served under the strict CSP by scripts/serve.mjs
// over the built dist/cdn/ bundles) driven from outside the page, as a user drives it, in the system
// browsers: Chromium and Firefox ESR through puppeteer-core, WebKitGTK through WebKitWebDriver and
// webdriverio. Every simulated failure must open the right help; checklist progress must survive a
// reload; theme and language settings must reach the widget; and the main states must look as their
// committed screenshots do (test/e2e/baselines/<engine>/<state>.png, compared with pixelmatch).
// Writes the counts to .e2e-results.json for `npm test`.
//
//   node scripts/e2e.mjs                      (after `npm run build`; BROWSERS=chromium,firefox,webkit)
//   UPDATE_BASELINES=1 node scripts/e2e.mjs   writes the screenshots as the new baselines (review them!)
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROMIUM, FIREFOX, selectedBrowsers, startWebKit } from './browsers.mjs';
import { createChecks, freePort, until } from './checks.mjs';
import { matchBaseline } from './screenshots.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RESULTS = path.join(root, '.e2e-results.json');
const zh = JSON.parse(readFileSync(path.join(root, 'content/zh-CN.json'), 'utf8'));
const en = JSON.parse(readFileSync(path.join(root, 'content/en.json'), 'utf8'));
const questionOf = (pack, topic) => pack.topics.find((each) => each.id === topic).question;
const topicOfCode = (code) => zh.topics.find((topic) => topic.errorCodes.includes(code)).id;

const BASELINES = path.join(root, 'test/e2e/baselines');
const ACTUAL = path.join(root, '.e2e-screenshots');

const browsers = selectedBrowsers();

const { check, finish } = createChecks(RESULTS, { traceLines: 6 });

/** The demo server (npm start's), on a free port. */
async function startServer() {
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(root, 'scripts/serve.mjs')], { cwd: root, env: { ...process.env, PORT: String(port) }, stdio: 'ignore' });
  const origin = `http://127.0.0.1:${port}`;
  await until(() => fetch(`${origin}/demo/wallet/index.html`).then((response) => response.ok), 'the demo server');
  return { origin, stop: () => child.kill() };
}

/** One browser, with the few things the tests do: navigate, run a function in the page, reload. */
async function puppeteerSession(options) {
  const browser = await puppeteer.launch(options);
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  return {
    goto: (url) => page.goto(url, { waitUntil: 'load' }),
    run: (fn, ...args) => page.evaluate(fn, ...args),
    reload: () => page.reload({ waitUntil: 'load' }),
    resize: (width, height) => page.setViewport({ width, height }),
    press: (key) => page.keyboard.press(key === 'Space' ? ' ' : key),
    screenshot: async () => Buffer.from(await page.screenshot({ type: 'png' })),
    close: () => browser.close(),
  };
}

async function webkitSession() {
  const { browser, close } = await startWebKit();
  return {
    goto: (url) => browser.url(url),
    run: (fn, ...args) => browser.execute(fn, ...args),
    reload: () => browser.refresh(),
    resize: (width, height) => browser.setWindowSize(width, height),
    // WebDriver's key codes: Tab, Enter, Escape; Space is the character.
    press: (key) => browser.keys({ Tab: '\uE004', Enter: '\uE007', Escape: '\uE00C', Space: ' ' }[key] ?? key),
    screenshot: async () => Buffer.from(await browser.takeScreenshot(), 'base64'),
    close,
  };
}

const SESSIONS = {
  chromium: () => puppeteerSession(CHROMIUM),
  firefox: () => puppeteerSession(FIREFOX),
  webkit: () => webkitSession(),
};

// In-page helpers, passed as functions: each runs in the page and returns plain data.
const clickTestId = (id) => {
  const targets = [...document.querySelectorAll(`[data-testid="${id}"]`)].filter((element) => element.offsetParent !== null || element.getClientRects().length);
  const target = targets[targets.length - 1];
  if (!target) return false;
  target.click();
  return true;
};

/**
 * Clicks the error screen's Get help until the help panel shows its title, which it returns. Once
 * in a hundred runs the click lands on a screen the app is replacing, and nothing opens.
 */
async function getHelp(session) {
  const end = Date.now() + 10_000;
  for (;;) {
    await until(() => session.run(clickTestId, 'get-help'), 'the Get help button');
    try {
      return await until(() => session.run(panelTitle), 'the help panel', 3000);
    } catch (error) {
      if (Date.now() > end) throw error;
    }
  }
}
const panelTitle = () => {
  const help = document.querySelector('wallet-help');
  const dialog = help?.shadowRoot?.querySelector('dialog');
  return dialog?.open ? help.shadowRoot.querySelector('#title')?.textContent.trim() : null;
};
const closePanel = () => {
  const help = document.querySelector('wallet-help');
  help?.hide();
  return true;
};
const signIn = (account, password) => {
  const set = (id, value) => {
    const input = document.querySelector(`[data-testid="${id}"]`);
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  };
  set('account-input', account);
  set('password-input', password);
  document.querySelector('[data-testid="sign-in"]').click();
  return true;
};

// In-page: whether the state is on screen (`wait` names what must be there).
const settled = (wait) => {
  const deep = (selector, root = document) => {
    const found = root.querySelector(selector);
    if (found) return found;
    for (const host of root.querySelectorAll('*')) if (host.shadowRoot && deep(selector, host.shadowRoot)) return deep(selector, host.shadowRoot);
    return null;
  };
  return document.fonts.status === 'loaded' && Boolean(deep(wait));
};
const still = () => {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  active?.blur?.();
  return true;
};

/**
 * The main states: FAQ, panel home, panel topic, checklist; light and dark; zh-CN and en; 1280 and 375 px;
 * and one state each in Taiwan's and Hong Kong's Traditional Chinese (issue 15).
 */
const SCREENSHOTS = [
  { name: 'faq.zh-CN.light.1280', page: 'help.html', theme: 'light', lang: 'zh-CN', width: 1280, height: 900, wait: '[part~="search-input"]' },
  { name: 'faq.en.dark.375', page: 'help.html', theme: 'dark', lang: 'en', width: 375, height: 812, wait: '[part~="search-input"]' },
  {
    name: 'panel-home.zh-CN.light.1280',
    page: 'home.html',
    theme: 'light',
    lang: 'zh-CN',
    width: 1280,
    height: 900,
    wait: 'dialog[open] .causes',
    prepare: (session) => session.run(() => window.WalletHelp.open()),
  },
  {
    name: 'panel-topic.zh-CN.dark.375',
    page: 'home.html',
    theme: 'dark',
    lang: 'zh-CN',
    width: 375,
    height: 812,
    wait: 'dialog[open] .feedback',
    prepare: (session) => session.run(() => window.WalletHelp.open({ errorCode: 'network_error' })),
  },
  { name: 'checklist.en.light.1280', page: 'troubleshoot.html', theme: 'light', lang: 'en', width: 1280, height: 900, wait: '[part~="reset"]' },
  { name: 'checklist.zh-CN.dark.375', page: 'troubleshoot.html', theme: 'dark', lang: 'zh-CN', width: 375, height: 812, wait: '[part~="reset"]' },
  {
    name: 'panel-home.en.dark.375',
    page: 'home.html',
    theme: 'dark',
    lang: 'en',
    width: 375,
    height: 812,
    wait: 'dialog[open] .causes',
    prepare: (session) => session.run(() => window.WalletHelp.open()),
  },
  {
    name: 'panel-topic.en.light.1280',
    page: 'home.html',
    theme: 'light',
    lang: 'en',
    width: 1280,
    height: 900,
    wait: 'dialog[open] .feedback',
    prepare: (session) => session.run(() => window.WalletHelp.open({ errorCode: 'account_locked' })),
  },
  // The Traditional pack arrives after the first render: wait for the root marked with its language.
  { name: 'faq.zh-TW.light.1280', page: 'help.html', theme: 'light', lang: 'zh-TW', width: 1280, height: 900, wait: '[part~="base"][lang="zh-TW"] [part~="search-input"]' },
  {
    name: 'panel-topic.zh-HK.dark.375',
    page: 'home.html',
    theme: 'dark',
    lang: 'zh-HK',
    width: 375,
    height: 812,
    wait: 'dialog[open][lang="zh-HK"] .feedback',
    prepare: (session) => session.run(() => window.WalletHelp.open({ errorCode: 'account_locked' })),
  },
];

/** Compares `png` with the baseline of `engine`/`state` (or writes it, with UPDATE_BASELINES=1). */
async function compare(engine, state, png) {
  matchBaseline({
    baselines: BASELINES,
    actual: ACTUAL,
    engine,
    name: state,
    png,
    missing: (file) => new Error(`no baseline ${path.relative(root, file)} (UPDATE_BASELINES=1 writes it)`),
  });
}

const server = await startServer();
console.log(`e2e: the demo wallet in ${browsers.join(', ')}`);
try {
  for (const name of browsers) {
    let session;
    try {
      session = await SESSIONS[name]();
    } catch (error) {
      await check(`${name}: starts`, () => {
        throw error;
      });
      continue;
    }
    const url = (page) => `${server.origin}/demo/wallet/${page}`;
    // Some drivers return before the page's modules ran: wait until they have (listeners attached).
    const pageReady = () => document.readyState === 'complete' && Boolean(window.WalletHelp) && Boolean(customElements.get('wallet-help'));
    const goto = session.goto;
    session.goto = async (address) => {
      await goto(address);
      await until(() => session.run(pageReady), `${address} to load`);
    };
    const reload = session.reload;
    session.reload = async () => {
      await reload();
      await until(() => session.run(pageReady), 'the reloaded page');
    };
    try {
      await session.goto(url('index.html'));
      await session.run(() => localStorage.clear());

      for (const code of ['network_error', 'insufficient_funds', 'payee_unavailable', 'app_outdated', 'suspicious_activity']) {
        await check(`${name}: ${code} on the home page → Get help opens ${topicOfCode(code)}`, async () => {
          await session.goto(url('home.html'));
          await until(() => session.run(clickTestId, `simulate-${code}`), `the ${code} button`);
          const title = await getHelp(session);
          if (title !== questionOf(zh, topicOfCode(code))) throw new Error(`panel shows "${title}"`);
          await session.run(closePanel);
        });
      }

      await check(`${name}: a wrong password → Get help opens login-failed; three → account-locked`, async () => {
        await session.goto(url('index.html'));
        await session.run(() => sessionStorage.clear());
        const errorShown = (code) => document.querySelector('[data-testid="error-screen"]')?.getAttribute('data-error-code') === code;
        await until(() => session.run(signIn, 'alice', 'wrong-1'), 'the sign-in form');
        await until(() => session.run(errorShown, 'invalid_credentials'), 'the wrong-password screen');
        let title = await getHelp(session);
        if (title !== questionOf(zh, 'login-failed')) throw new Error(`after one wrong password the panel shows "${title}"`);
        await session.run(closePanel);
        await session.run(signIn, 'alice', 'wrong-2');
        await session.run(signIn, 'alice', 'wrong-3');
        // The screen of the third try, not the Get help button still showing from the second.
        await until(() => session.run(errorShown, 'account_locked'), 'the locked-account screen');
        title = await getHelp(session);
        if (title !== questionOf(zh, 'account-locked')) throw new Error(`after three wrong passwords the panel shows "${title}"`);
        await session.run(closePanel);
      });

      await check(`${name}: by keyboard alone: a failure, Get help, a step ticked, Escape back to Get help`, async () => {
        await session.goto(url('home.html'));
        // Where focus is, through shadow roots: the test id of the page's element, or the part inside the widget.
        const focused = () => {
          let active = document.activeElement;
          const path = [];
          while (active) {
            path.push(active.getAttribute('data-testid') ?? active.getAttribute('part') ?? active.localName + (active.type ? `[${active.type}]` : ''));
            active = active.shadowRoot?.activeElement ?? null;
          }
          return path.join(' > ');
        };
        const tabTo = async (wanted) => {
          for (let presses = 0; presses < 60; presses++) {
            if ((await session.run(focused)).endsWith(wanted)) return;
            await session.press('Tab');
          }
          throw new Error(`Tab never reached ${wanted}; focus is on ${await session.run(focused)}`);
        };
        await tabTo('simulate-network_error');
        await session.press('Enter');
        await until(() => session.run(() => Boolean(document.querySelector('[data-testid="get-help"]'))), 'the error screen');
        await tabTo('get-help');
        await session.press('Enter');
        const title = await until(() => session.run(panelTitle), 'the help panel');
        if (title !== questionOf(zh, 'transaction-failed')) throw new Error(`panel shows "${title}"`);
        await tabTo('checkbox');
        await session.press('Space');
        const firstTicked = () =>
          document.querySelector('wallet-help').shadowRoot.querySelector('wallet-checklist')?.shadowRoot.querySelector('input[type="checkbox"]')?.checked;
        await until(() => session.run(firstTicked), 'the first step ticked');
        await session.press('Escape');
        await until(async () => !(await session.run(panelTitle)), 'the panel closed');
        const back = await session.run(focused);
        if (!back.endsWith('get-help')) throw new Error(`after Escape focus is on ${back}`);
        await session.run(() => localStorage.clear());
      });

      await check(`${name}: checklist progress survives a reload`, async () => {
        await session.goto(url('troubleshoot.html'));
        const tick = () => {
          const checklist = document.querySelector('wallet-checklist');
          const boxes = [...(checklist?.shadowRoot?.querySelectorAll('input[type="checkbox"]') ?? [])];
          if (boxes.length < 2) return false;
          for (const box of boxes) if (box.checked) box.click();
          boxes[0].click();
          boxes[1].click();
          return true;
        };
        await until(() => session.run(tick), 'the checklist');
        await session.reload();
        const ticked = () => {
          const boxes = [...(document.querySelector('wallet-checklist')?.shadowRoot?.querySelectorAll('input[type="checkbox"]') ?? [])];
          return boxes.length ? boxes.map((box) => box.checked) : null;
        };
        const state = await until(() => session.run(ticked), 'the checklist after the reload');
        if (!(state[0] && state[1] && state.slice(2).every((checked) => !checked))) throw new Error(`after the reload: ${JSON.stringify(state)}`);
      });

      await check(`${name}: dark theme and English from the settings reach the widget on another page`, async () => {
        await session.goto(url('settings.html'));
        const choose = () => {
          const pick = (id, value) => {
            const field = document.querySelector(`[data-testid="${id}"]`);
            if (!field) return false;
            field.value = value;
            field.dispatchEvent(new Event('input', { bubbles: true }));
            field.dispatchEvent(new Event('change', { bubbles: true }));
            return true;
          };
          return pick('setting-theme', 'dark') && pick('setting-lang', 'en');
        };
        await until(() => session.run(choose), 'the settings form');
        await session.goto(url('help.html'));
        const look = () => {
          const faq = document.querySelector('wallet-faq');
          const first = faq?.shadowRoot?.querySelector('[part~="button"]');
          return first ? { theme: faq.getAttribute('theme'), question: first.textContent.trim() } : null;
        };
        const englishFirst = questionOf(en, en.topics[0].id);
        const seen = await until(async () => {
          const value = await session.run(look);
          return value?.question === englishFirst ? value : null;
        }, 'English questions on the help page');
        if (seen.theme !== 'dark') throw new Error(`theme is ${seen.theme}`);
        await session.run(() => localStorage.clear());
      });

      for (const state of SCREENSHOTS) {
        await check(`${name}: ${state.name} looks as its baseline`, async () => {
          await session.resize(state.width, state.height);
          await session.goto(url('index.html'));
          await session.run((settings) => {
            localStorage.clear();
            sessionStorage.clear();
            localStorage.setItem('demo-wallet:settings', JSON.stringify(settings));
          }, { theme: state.theme, lang: state.lang, accent: '#0b57d0', placement: 'end' });
          await session.goto(url(state.page));
          await state.prepare?.(session);
          await until(() => session.run(settled, state.wait), `${state.name} to render`);
          // Animations (160 ms) finish, the caret and focus rings go: screenshots of a still page.
          await new Promise((resolve) => setTimeout(resolve, 600));
          await session.run(still);
          await compare(name, state.name, await session.screenshot());
        });
      }
    } finally {
      await session.close();
    }
  }
} finally {
  server.stop();
}

finish('e2e');
