/**
 * Runs inside the attack pages (test/fixtures/security/attack.html, no CSP; test/fixtures/csp/attack.html,
 * the strict CSP), before the script-tag build: puts the payloads into one kind of input (`?case=`),
 * drives every state that input can reach (answers open, searches typed, the panel on its home and
 * topics, checklists complete), inspects every shadow root after each, and posts what it saw to the
 * test (attack.test.ts). It only records; the test judges.
 */
import { CSS, KEYS, PACK_PAYLOADS, PAYLOADS, URLS } from './payloads.js';
import { attackErrorCode, attackPack, attackTopicId } from './attack-pack.js';

type Any = any; // eslint-disable-line @typescript-eslint/no-explicit-any -- the page's elements and global, untyped on purpose
const win = window as Any;
const params = new URLSearchParams(location.search);
const scenario = params.get('case') ?? 'clean';
const strict = location.pathname.includes('/csp/');

// ---- Recorders, first of all ----
const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (event) => {
  violations.push(`${event.violatedDirective}: ${event.blockedURI || event.sample || ''}`);
});
const errors: string[] = [];
window.addEventListener('error', (event) => errors.push(String(event.message ?? event.error)));
window.addEventListener('unhandledrejection', (event) => errors.push(`unhandled rejection: ${String(event.reason?.message ?? event.reason)}`));
performance.setResourceTimingBufferSize?.(100_000);
const consoleErrors: string[] = [];
const originalError = console.error;
console.error = (...args: unknown[]) => {
  consoleErrors.push(args.map(String).join(' ').slice(0, 300));
  originalError.apply(console, args);
};
const errorEvents: string[] = [];
document.addEventListener('wallet-help-error', (event) => errorEvents.push(JSON.stringify((event as CustomEvent).detail)), true);

// ---- Helpers ----
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));

async function until(test: () => boolean, ms = 5000): Promise<boolean> {
  const end = performance.now() + ms;
  while (!test()) {
    if (performance.now() > end) return false;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return true;
}

/** Every shadow root under `node`, nested ones included. */
function shadowRoots(node: ParentNode = document): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  for (const element of node.querySelectorAll('*')) {
    if (element.shadowRoot) found.push(element.shadowRoot, ...shadowRoots(element.shadowRoot));
  }
  return found;
}

/** Our elements: those of the page, and the checklists the panels render. */
const ours = (): Any[] => {
  const top = [...document.querySelectorAll('wallet-faq, wallet-help, wallet-checklist')] as Any[];
  return [...top, ...top.flatMap((element) => (element.localName === 'wallet-help' ? [...(element.shadowRoot?.querySelectorAll('wallet-checklist') ?? [])] : []))];
};

const updateErrors = new Set<string>();

/** Waits for every element to render. A failed update is an error the page would see as an unhandled rejection. */
async function settle(): Promise<void> {
  for (let round = 0; round < 2; round += 1) {
    for (const result of await Promise.allSettled(ours().map((element) => element.updateComplete))) {
      if (result.status === 'rejected') {
        const message = `an update failed: ${String(result.reason?.message ?? result.reason)}`;
        if (!updateErrors.has(message)) errors.push(message);
        updateErrors.add(message);
      }
    }
    await tick();
  }
}

/** Types `value` into `field`; what the field holds then (a text field drops line breaks) is what was typed. */
function type(field: HTMLInputElement | null | undefined, value: string): string {
  if (!field) return value;
  field.value = value;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  return field.value;
}

const el = (tag: string, attributes: Record<string, string> = {}, parent: ParentNode = document.body): Any => {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  parent.append(element);
  return element;
};

// ---- What the inspections found ----
const URL_ATTRIBUTES = ['src', 'srcdoc', 'action', 'formaction', 'data', 'xlink:href', 'background', 'poster', 'ping', 'srcset'];
const tags = new Set<string>();
const onAttributes = new Set<string>();
const badLinks = new Set<string>();
const dishonestLinks = new Set<string>();
const urlAttributes = new Set<string>();
const blankQuestions = new Set<string>();
const strangeLinks = new Set<string>();
const shown = new Set<number>();
const hrefs = new Set<string>();
let links = 0;
/** The payloads this case must show as text: a pack carries the ones a valid pack can (PACK_PAYLOADS). */
const payloads = scenario === 'clean' ? [] : /content/.test(scenario) ? PACK_PAYLOADS : PAYLOADS;
/**
 * Loops that render once per payload (ids, support, the hash, typed searches) take half the payloads on
 * each page, the other half on the other, to keep the suite's time in bounds; every payload still goes
 * through each of them in every engine. Batched placements (packs, the FAQs' and checklists' attributes) take all on both pages.
 */
const half = PAYLOADS.filter((_, index) => index % 2 === (strict ? 1 : 0));

/** The first thing in a link's text that reads as a host name: what a user takes for its destination. */
const shownHost = (text: string) => /[a-z0-9-]+(?:\.[a-z0-9-]+)+/i.exec(text)?.[0]?.toLowerCase();

function inspectLink(link: HTMLAnchorElement): void {
  links += 1;
  const href = link.getAttribute('href') ?? '';
  hrefs.add(href);
  let url: URL | undefined;
  try {
    url = new URL(href, location.href);
  } catch {
    badLinks.add(`unparsable: ${href}`);
    return;
  }
  if (!['http:', 'https:', 'mailto:', 'tel:'].includes(url.protocol)) badLinks.add(href);
  if (!link.matches('[part~="contact-link"]')) strangeLinks.add(href);
  if (url.protocol === 'http:' || url.protocol === 'https:') {
    const text = link.textContent ?? '';
    const around = (link.closest('li')?.textContent ?? text).replace(text, '');
    if (shownHost(text) !== url.hostname && !around.includes(url.hostname)) dishonestLinks.add(`${JSON.stringify(text.trim())} → ${url.href}`);
  }
}

function inspect(from: ParentNode = document): void {
  const roots = from instanceof ShadowRoot ? [from, ...shadowRoots(from)] : shadowRoots(from);
  for (const root of roots) {
    for (const element of root.querySelectorAll('*')) {
      tags.add(element.localName);
      for (const { name, value } of element.attributes) {
        if (/^on/i.test(name)) onAttributes.add(`<${element.localName} ${name}="${value.slice(0, 60)}">`);
        if (URL_ATTRIBUTES.includes(name.toLowerCase())) urlAttributes.add(`<${element.localName} ${name}="${value.slice(0, 60)}">`);
      }
      if (element.localName === 'a' || element.localName === 'area') inspectLink(element as HTMLAnchorElement);
      if (element.matches('button.question, button.topic, legend')) {
        const text = element.textContent ?? '';
        if (text.replace(/[\s\p{Cf}]/gu, '') === '') blankQuestions.add(JSON.stringify(text));
      }
    }
    const text = root.textContent ?? '';
    payloads.forEach((payload, index) => {
      if (!shown.has(index) && text.includes(payload)) shown.add(index);
    });
  }
}

// ---- Known-bug probes (reported; the test decides) ----
const statusMismatches: string[] = [];

/** After a search that found nothing, the status line should quote the query as typed. */
function checkStatus(root: ShadowRoot | null | undefined, query: string): void {
  const status = root?.querySelector('.status')?.textContent ?? '';
  const trimmed = query.trim();
  const empty = !root?.querySelector('button.question, button.topic');
  if (empty && trimmed && trimmed.length <= 60 && status && !status.includes(trimmed)) {
    statusMismatches.push(`${JSON.stringify(trimmed)} → ${JSON.stringify(status.slice(0, 120))}`);
  }
}

// ---- Driving every state ----
const faqs = (): Any[] => [...document.querySelectorAll('wallet-faq')];
const panel = (): Any => document.querySelector('wallet-help');

async function searchFaqs(queries: readonly string[]): Promise<void> {
  // Every query in the first searchable FAQ, every third in the others.
  for (const [at, faq] of faqs().filter((each) => each.searchable).entries()) {
    for (const query of queries.filter((_, index) => at === 0 || index % 3 === 0)) {
      const typed = type(faq.shadowRoot.querySelector('input[type="search"]'), query);
      await settle();
      checkStatus(faq.shadowRoot, typed);
      inspect(faq.shadowRoot);
    }
    type(faq.shadowRoot.querySelector('input[type="search"]'), '');
    await settle();
  }
}

async function openPanel(options: Record<string, unknown> = {}): Promise<Any> {
  if (win.WalletHelp?.open) win.WalletHelp.open(options);
  else panel()?.show(options);
  await settle();
  await frame();
  await settle();
  return panel();
}

async function searchPanel(queries: readonly string[]): Promise<void> {
  const help = await openPanel();
  if (!help) return;
  // Every other query: the FAQ's box had them all.
  for (const query of queries.filter((_, index) => index % 2 === 0)) {
    const typed = type(help.shadowRoot.querySelector('#search'), query);
    await settle();
    checkStatus(help.shadowRoot, typed);
    inspect(help.shadowRoot);
  }
}

async function visitTopics(topics: readonly string[]): Promise<void> {
  for (const topic of topics) {
    const help = await openPanel({ topic });
    if (help) inspect(help.shadowRoot);
  }
}

/** Opens every answer, searches, opens the panel and some of its topics: every state renders. */
async function exercise(queries: readonly string[], topics: readonly string[]): Promise<void> {
  // With the full search engine, as users have it once the page is idle: marks and snippets render.
  await win.WalletHelp?.ready?.();
  await settle();
  inspect();
  for (const faq of faqs()) faq.expandAll();
  await settle();
  inspect();
  await searchFaqs(queries);
  await searchPanel(queries);
  await visitTopics(topics);
  win.WalletHelp?.close?.();
  await settle();
  inspect();
}

/** Ticks every step of the first checklist showing `topic`: every holder of its progress shows "still stuck". */
async function completeChecklist(topic: string): Promise<void> {
  const checklist = ours().find((each) => each.localName === 'wallet-checklist' && each.topic === topic);
  for (const box of checklist?.shadowRoot?.querySelectorAll('input[type="checkbox"]') ?? []) {
    if (!(box as HTMLInputElement).checked) (box as HTMLInputElement).click();
    await settle();
  }
}

const stride = (count: number, step: number) => Array.from({ length: Math.ceil(count / step) }, (_, index) => index * step);
const attackTopics = stride(PACK_PAYLOADS.length, 24).map(attackTopicId);
const contentQueries = ['Q1', 'attack', ...stride(PACK_PAYLOADS.length, 25).map((index) => PACK_PAYLOADS[index]!)];

function basicPage(options: { searchable?: boolean } = {}): void {
  el('wallet-faq', { searchable: '', expand: 'all' });
  el('wallet-faq', { lang: 'en', ...(options.searchable === false ? {} : { searchable: '' }), single: '' });
  if (!strict) el('wallet-faq', { 'structured-data': '', topics: `security, ${attackTopicId(0)}, ${attackTopicId(9)}` });
  el('wallet-checklist', { topic: 'login-failed' });
  el('wallet-checklist', { topic: attackTopicId(1), lang: 'en' });
  el('wallet-help', {});
}

/** A URL content-src may fetch without going elsewhere: same origin, or a scheme nothing fetches. */
function staysHome(value: string): boolean {
  try {
    const url = new URL(value, location.href);
    return url.origin === location.origin || url.protocol === 'javascript:';
  } catch {
    return true;
  }
}

/** Everything each case does before the build runs (storage, the URL, the page's own globals). */
const before: Record<string, () => void> = {
  hash: () => history.replaceState(null, '', `#wallet-faq-${encodeURIComponent(PAYLOADS[0]!)}`),
  storage: () => {
    const values = (payload: string, index: number) =>
      [
        payload,
        JSON.stringify([payload]),
        JSON.stringify(payload),
        '{"__proto__":{"polluted":1}}',
        '[{"__proto__":{"polluted":1}}]',
        '["__proto__","constructor","prototype"]',
        JSON.stringify(PAYLOADS),
        '[' + '['.repeat(5000) + ']'.repeat(5000) + ']',
      ][index % 8]!;
    const topics = ['login-failed', 'transaction-failed', 'account-locked', 'security', 'update-issues', 'complaint'];
    PAYLOADS.forEach((payload, index) => {
      for (const area of [localStorage, sessionStorage]) {
        area.setItem(`wallet-help:checklist:${payload}`, values(payload, index));
        area.setItem(`wallet-help:checklist:${topics[index % topics.length]}`, values(payload, index + (area === localStorage ? 0 : 3)));
      }
    });
  },
  // Finding 5: markup sanitizers allow ids, and an element's id is a global of the page.
  clobbered: () => {
    el('a', { id: 'WalletHelp', href: 'https://evil.example/' });
    el('form', { id: 'WalletHelp' });
  },
  // Finding 6: another script's bug left Object.prototype polluted before the widget loads.
  polluted: () => {
    // Assigned, so enumerable: as a careless `obj[key] = value` with key "__proto__" leaves them.
    Object.assign(Object.prototype, {
      url: 'https://evil.example/polluted',
      phone: '+1 555 0100',
      errorCode: 'polluted-code',
      topic: 'complaint',
      lang: 'en',
      label: 'Polluted support',
    });
  },
};

/** Each case: put the payloads into its input, then drive every state. */
const cases: Record<string, () => Promise<void>> = {
  /** Benign values through every path: the tags a clean render uses, for the others to be compared with. */
  async clean() {
    basicPage();
    el('wallet-checklist', { topic: 'no-such-topic' });
    win.WalletHelp.configure({ support: { label: 'Support', phone: '+1 555 0100', email: 'help@example.com', url: 'https://example.com/help', hours: '9–17' } });
    await until(() => faqs().every((faq) => faq.shadowRoot?.querySelector('button.question')));
    await completeChecklist('login-failed');
    await exercise(['密码', 'password', 'nothing-matches-this'], ['security', 'login-failed', 'complaint']);
  },

  /** `WalletHelp.configure({ content })`: a pack for each language, every payload in every kind of text. */
  async 'configure-content'() {
    basicPage();
    win.WalletHelp.configure({ content: [attackPack('zh-CN', 0), attackPack('en', 1)] });
    await until(() => faqs()[0]?.shadowRoot?.querySelectorAll('button.question').length > PACK_PAYLOADS.length);
    await completeChecklist(attackTopicId(1));
    await exercise(contentQueries, [...attackTopics.slice(0, 3), 'security', 'login-failed']);
    for (const index of stride(PACK_PAYLOADS.length, 60)) await openPanel({ errorCode: attackErrorCode(index) });
    inspect();
  },

  /** `<wallet-help>.content`. */
  async 'content-property'() {
    basicPage();
    panel().content = [attackPack('zh-CN', 5), attackPack('en', 6)];
    await until(() => faqs()[0]?.shadowRoot?.querySelectorAll('button.question').length > PACK_PAYLOADS.length);
    // Rendered as configure's content is (searched there): every answer open, the panel on a few topics.
    await exercise(['Q1'], attackTopics.slice(0, 3));
  },

  /** `content-src`: the pack from a same-origin file, and odd URLs that stay on this origin or fetch nothing. */
  async 'content-src'() {
    basicPage();
    panel().setAttribute('content-src', '/test/fixtures/security/attack-pack.json');
    for (const payload of PAYLOADS.filter(staysHome)) el('wallet-help', { launcher: 'none', 'content-src': payload });
    await until(() => faqs()[0]?.shadowRoot?.querySelectorAll('button.question').length > PACK_PAYLOADS.length);
    await exercise(['Q1'], attackTopics.slice(0, 3));
  },

  /** Every attribute of the three elements, one payload each. */
  async attributes() {
    const faqAttributes = ['topics', 'lang', 'theme', 'accent', 'expand', 'heading-level', 'label'];
    PAYLOADS.forEach((payload, index) => {
      const all = (names: string[]) => Object.fromEntries(names.map((name) => [name, payload]));
      el('wallet-faq', { ...all(faqAttributes), topics: index % 2 ? payload : `security,${payload}`, searchable: '', single: '' });
      el('wallet-checklist', { ...all(['topic', 'lang', 'theme', 'accent', 'storage']) });
      el('wallet-checklist', { ...all(['lang', 'theme', 'accent', 'storage']), topic: 'security' });
      // Panels are the heaviest: half the payloads on each page (see `half`).
      if (half.includes(payload)) el('wallet-help', { ...all(['topic', 'error-code', 'lang', 'theme', 'accent', 'launcher', 'placement']) });
    });
    await settle();
    inspect();
    for (const faq of faqs()) faq.expandAll();
    await settle();
    inspect();
    // Panels opened from their attributes (topic or error code), one at a time: a few (ids tries every topic and code).
    const t0 = performance.now();
    for (const help of [...document.querySelectorAll('wallet-help')].filter((_, index) => index % 8 === 0) as Any[]) {
      help.setAttribute('open', '');
      await help.updateComplete;
      const checklist = help.shadowRoot.querySelector('wallet-checklist');
      await checklist?.updateComplete;
      inspect(help.shadowRoot);
      help.removeAttribute('open');
      await help.updateComplete;
    }
    report.extra = { opening: Math.round(performance.now() - t0) };
    await frame();
    await settle();
    inspect();
  },

  /** Ids: topics and error codes asked for, errorMap keys and values, ids in packs. */
  async ids() {
    basicPage();
    win.WalletHelp.configure({
      errorMap: Object.fromEntries(PAYLOADS.flatMap((payload, index) => [[payload, payload], [`E${index}`, index % 2 ? 'security' : payload]])),
    });
    // Ids that are not kebab-case: every pack is rejected and reported.
    const invalid = PAYLOADS.filter((payload) => !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(payload));
    win.WalletHelp.configure({
      content: invalid.map((payload, index) => {
        const pack = attackPack('zh-CN', index, ['x', 'y', 'z']);
        pack.topics[2]!.id = payload;
        pack.topics[2]!.checklist![0]!.id = payload;
        pack.causes.items[0]!.id = payload;
        return pack;
      }),
    });
    await until(() => errorEvents.length >= invalid.length);
    const faq = faqs()[0];
    for (const [index, payload] of PAYLOADS.entries()) {
      if (!half.includes(payload)) continue;
      // Looked up at once (the panel is open): only the last one renders.
      win.WalletHelp.open({ topic: payload });
      faq.expand(payload);
      win.WalletHelp.open({ errorCode: payload });
      win.WalletHelp.open({ errorCode: `E${index}`, lang: payload });
      faq.collapse(payload);
      faq.topics = payload;
      await settle();
      inspect(panel().shadowRoot);
      inspect(faq.shadowRoot);
      await win.WalletHelp.search(payload, { lang: payload, limit: payload });
    }
    faq.topics = undefined;
    await exercise(['E1'], ['security']);
    report.extra = { invalidPacks: invalid.length };
  },

  /** `support` from configure, the panel's property and each checklist's, and the page-wide lang, theme, accent. */
  async support() {
    basicPage();
    const supportOf = (payload: string) => ({ label: payload, phone: payload, email: payload, url: payload, hours: payload });
    // One checklist per payload, each with its own support, all complete at once.
    const checklists = PAYLOADS.map((payload) => {
      const checklist = el('wallet-checklist', { topic: 'security', compact: '' });
      checklist.support = supportOf(payload);
      return checklist;
    });
    await settle();
    await completeChecklist('security');
    inspect();
    // Gone before the page-wide configure below, which would render each of them again every time.
    for (const checklist of checklists) checklist.remove();
    const help = await openPanel({ topic: 'security' });
    for (const payload of half) {
      win.WalletHelp.configure({ support: supportOf(payload), lang: payload, theme: payload, accent: payload });
      await settle();
      inspect(help.shadowRoot);
    }
    for (const payload of [...URLS, ...CSS].filter((_, index) => index % 2 === (strict ? 1 : 0))) {
      help.support = { url: payload, email: `${payload}@example.com`, phone: `+1 ${payload}` };
      await settle();
      inspect(help.shadowRoot);
    }
    help.support = undefined;
    win.WalletHelp.configure({ support: supportOf(URLS[0]!), lang: 'zh-CN', theme: 'light', accent: '#0b57d0' });
    await exercise(['nothing-matches-this'], ['security']);
  },

  /** The URL hash that opens a question: at load, then changed. */
  async hash() {
    basicPage();
    await settle();
    inspect();
    // As typed (the browser encodes what it must), or encoded: every other payload each way.
    for (const [index, payload] of PAYLOADS.entries()) {
      if (!half.includes(payload)) continue;
      location.hash = `#wallet-faq-${index % 2 ? payload : encodeURIComponent(payload.replace(/\p{Cs}/gu, ''))}`;
      await tick();
      await settle();
    }
    location.hash = '#wallet-faq-%E0%A4%A';
    await settle();
    await exercise([], ['security']);
  },

  /** What users type in the FAQ's and the panel's search box, and WalletHelp.search. */
  async search() {
    basicPage();
    await until(() => faqs().every((faq) => faq.shadowRoot?.querySelector('button.question')));
    await win.WalletHelp.ready();
    await exercise(half, []);
    for (const payload of half) await win.WalletHelp.search(payload);
  },

  /** Checklist progress read from poisoned localStorage and sessionStorage, and storage events from other tabs. */
  async storage() {
    const topics = ['login-failed', 'transaction-failed', 'account-locked', 'security', 'update-issues', 'complaint'];
    for (const topic of topics) for (const storage of ['local', 'session']) el('wallet-checklist', { topic, storage });
    for (const payload of PAYLOADS.slice(0, 20)) el('wallet-checklist', { topic: payload });
    el('wallet-help', {});
    await settle();
    inspect();
    PAYLOADS.forEach((payload, index) => {
      const key = `wallet-help:checklist:${topics[index % topics.length]}`;
      window.dispatchEvent(new StorageEvent('storage', { key, newValue: index % 2 ? payload : JSON.stringify([payload, '__proto__']), storageArea: localStorage }));
    });
    window.dispatchEvent(new StorageEvent('storage', { key: null }));
    await settle();
    inspect();
    await completeChecklist('security');
    await visitTopics(topics);
    inspect();
    report.extra = { prototypePolluted: ({} as Any).polluted !== undefined || ([] as Any).polluted !== undefined };
  },

  /** Finding 1 and company: option values of the wrong type. */
  async 'wrong-types'() {
    basicPage();
    const api = win.WalletHelp;
    const calls: Array<() => unknown> = [
      () => api.open({ errorCode: 4012 }),
      () => api.open({ errorCode: null, topic: 42 }),
      () => api.open({ lang: 7 }),
      () => api.open('security'),
      () => api.open(null),
      () => api.configure(null),
      () => api.configure({ errorMap: 'x', support: 'y', content: 5, lang: {}, theme: [], accent: 1 }),
      () => api.search(null),
      () => api.search({}),
      () => api.open({ errorCode: 4012 }),
    ];
    let opened = 0;
    for (const call of calls) {
      try {
        await call();
      } catch (error) {
        errors.push(`thrown into the page: ${String((error as Error)?.message ?? error)}`);
      }
      await settle();
      await frame();
      await settle();
      if (panel()?.shadowRoot?.querySelector('dialog')?.open) opened += 1;
      inspect();
    }
    report.extra = { panelOpenAfterNumericCode: !!panel()?.shadowRoot?.querySelector('dialog')?.open, opened };
  },

  /** Finding 2: ids that are also Object.prototype's keys. */
  async 'prototype-ids'() {
    basicPage();
    const pack = attackPack('zh-CN', 0, ['constructor keys', 'x', 'y', 'z']);
    pack.topics[2]!.id = 'constructor';
    pack.topics[5]!.related = ['constructor', 'security'];
    pack.topics[2]!.related = ['security'];
    pack.topics[2]!.checklist![0]!.id = 'constructor';
    pack.causes.items[0]!.id = 'constructor';
    pack.synonyms = [['__proto__', 'constructor'], ['hasOwnProperty', 'valueOf']];
    pack.topics[2]!.keywords = [...KEYS];
    win.WalletHelp.configure({ content: pack, errorMap: JSON.parse('{"__proto__":"security","constructor":"security","toString":"complaint"}') });
    await until(() => faqs()[0]?.shadowRoot?.querySelectorAll('button.question').length > 6);
    await exercise([...KEYS, '密码', 'constructor keys'], ['constructor', 'security']);
    const found = await win.WalletHelp.search('密码');
    report.extra = { searchFindsPassword: found.length > 0 };
  },

  /** Finding 3: JSON-LD that survives being serialized and parsed again (no CSP page only: it needs a policy). */
  async 'json-ld'() {
    const faq = el('wallet-faq', { 'structured-data': '' });
    win.WalletHelp.configure({ content: attackPack('zh-CN', 0) });
    await until(() => !!faq.querySelector('script[type="application/ld+json"]') && faq.shadowRoot?.querySelectorAll('button.question').length > 6);
    await settle();
    inspect();
    const scripts = [...document.querySelectorAll('wallet-faq script')] as HTMLScriptElement[];
    // What a prerenderer or snapshot tool does: serialize the page, parse it again.
    const reparsed = new DOMParser().parseFromString(`<body>${faq.outerHTML}</body>`, 'text/html');
    report.extra = {
      jsonLd: scripts.length,
      reparsedScripts: reparsed.querySelectorAll('script').length,
      reparsedJsonLd: [...reparsed.querySelectorAll('script')].filter((script) => {
        try {
          JSON.parse(script.textContent ?? '');
          return script.type === 'application/ld+json';
        } catch {
          return false;
        }
      }).length,
    };
  },

  /** Finding 4: vendor objects that throw when read. */
  async 'throwing-getters'() {
    basicPage();
    const boom = () => {
      throw new Error('boom');
    };
    const hostile = new Proxy({}, { get: boom, ownKeys: boom, getOwnPropertyDescriptor: boom, has: boom });
    win.WalletHelp.configure({ content: { lang: 'zh-CN', get topics() { return boom(); } } });
    win.WalletHelp.configure({ support: { get url() { return boom(); }, phone: '+1 555 0100' } });
    win.WalletHelp.configure({ errorMap: hostile });
    win.WalletHelp.configure({ content: hostile });
    panel().content = hostile;
    el('wallet-checklist', { topic: 'security' }).support = hostile;
    await settle();
    await completeChecklist('security');
    await exercise(['密码'], ['security']);
    await openPanel({ errorCode: 'login_failed' });
    report.extra = { panelShows: !!panel()?.shadowRoot?.querySelector('dialog')?.open };
  },

  /** Finding 5: `<a id="WalletHelp">` and `<form id="WalletHelp">` on the page before the build. */
  async clobbered() {
    basicPage();
    await settle();
    const version = typeof win.WalletHelp?.version === 'string' ? win.WalletHelp.version : null;
    const canOpen = typeof win.WalletHelp?.open === 'function';
    await exercise([], ['security']);
    report.extra = { version, canOpen };
  },

  /** Finding 6: Object.prototype polluted with option names before the build loads. */
  async polluted() {
    basicPage();
    // The vendor's support has a phone only: the polluted url must not become a second link.
    win.WalletHelp.configure({ support: { label: 'Support', phone: '+1 555 0199' } });
    el('wallet-checklist', { topic: 'security' });
    await settle();
    await completeChecklist('security');
    await exercise(['密码'], ['security']);
    await openPanel({});
    inspect();
  },

  /** Finding 8: a question of zero-width characters only, and texts with bidi overrides. */
  async 'blank-question'() {
    basicPage();
    const pack = attackPack('zh-CN', 0, ['\u200B\u200B\u200B', '\u200C\u200D\u2060\uFEFF', '\u202E\u202E', 'x']);
    pack.topics[2]!.question = '\u200B\u200B\u200B';
    pack.topics[3]!.question = '\u200C\u200D\u2060';
    pack.topics[4]!.question = '\u202E\u2066\u2069';
    win.WalletHelp.configure({ content: pack });
    await until(() => errorEvents.length > 0 || faqs()[0]?.shadowRoot?.querySelectorAll('button.question').length > 6, 3000);
    await exercise([], ['security']);
  },
};

const report: Record<string, unknown> & { extra?: Record<string, unknown> } = {};

async function run(): Promise<void> {
  try {
    await customElements.whenDefined('wallet-help');
    await cases[scenario]!();
    await settle();
    await frame();
    inspect();
  } catch (error) {
    errors.push(`the probe failed: ${String((error as Error)?.stack ?? error)}`);
  }
  const scripts = [...document.querySelectorAll('script')].filter((script) => !script.src && script.type !== 'application/ld+json');
  const foreignRequests = performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => new URL(name).origin !== location.origin);
  parent.postMessage(
    {
      type: 'wallet-help-attack-report',
      scenario,
      strict,
      pwned: win.__pwned !== undefined,
      tags: [...tags].sort(),
      onAttributes: [...onAttributes],
      badLinks: [...badLinks],
      strangeLinks: [...strangeLinks],
      dishonestLinks: [...dishonestLinks],
      urlAttributes: [...urlAttributes],
      blankQuestions: [...blankQuestions],
      inlineScripts: scripts.map((script) => (script.textContent ?? '').slice(0, 80)),
      links,
      hrefs: [...hrefs],
      violations,
      errors,
      foreignRequests,
      consoleErrors: consoleErrors.length,
      errorEvents,
      shown: shown.size,
      notShown: payloads.filter((_, index) => !shown.has(index)),
      statusMismatches,
      elements: ours().length,
      elapsed: Math.round(performance.now()),
      ...report,
    },
    '*',
  );
}

before[scenario]?.();
if (document.readyState === 'complete') void run();
else window.addEventListener('load', () => void run());
