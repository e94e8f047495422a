// Shared by the FAQ render benchmarks (bench/faq.tachometer.json).
// Every variant renders the same topics, read from content/zh-CN.json before the timer.
// Timed span: performance.mark('start') -> elements created and appended -> every Lit
// element in the tree (shadow roots included) has finished updating -> layout forced.
// tachometer reads the 'render' measure; module loading and content loading are not in it.
// Before the timer the page lays out a short zh-CN page made of other text from the pack
// (title, intro, closing) and removes it, as the host page of an FAQ would already have: the
// first CJK text laid out in a fresh page pays a one-off system font fallback (~14 ms here)
// that would otherwise dwarf every variant.

let pack;

/** The guide's topics, the same data that is built into dist/cdn/wallet-help.js. */
export async function loadTopics() {
  const response = await fetch(new URL('../../content/zh-CN.json', import.meta.url));
  if (!response.ok) throw new Error(`content/zh-CN.json: HTTP ${response.status}`);
  pack = await response.json();
  return pack.topics.map(({ question, answer }) => ({ question, answer }));
}

function warmUpFonts() {
  const page = document.createElement('article');
  const add = (tag, text) => page.appendChild(document.createElement(tag)).append(text);
  add('h1', pack.title);
  add('h2', pack.intro.heading);
  for (const paragraph of pack.intro.paragraphs) add('p', paragraph);
  add('p', pack.closing);
  document.body.append(page);
  void page.getBoundingClientRect().height;
  page.remove();
}

/**
 * Waits until no Lit (or other ReactiveElement) element at or under `root`, shadow roots
 * included, has an update pending, counting elements that earlier updates rendered.
 */
export async function settled(root) {
  const seen = new Set();
  for (;;) {
    const elements = [];
    collectUpdating(root, elements);
    const fresh = elements.filter((element) => !seen.has(element));
    // updateComplete resolves to false when another update was requested meanwhile.
    const results = await Promise.all(elements.map((element) => element.updateComplete));
    if (fresh.length === 0 && results.every(Boolean)) return;
    for (const element of fresh) seen.add(element);
  }
}

function collectUpdating(root, elements) {
  const all = root instanceof Element ? [root, ...root.querySelectorAll('*')] : root.querySelectorAll('*');
  for (const element of all) {
    if (typeof element.updateComplete?.then === 'function') elements.push(element);
    if (element.shadowRoot) collectUpdating(element.shadowRoot, elements);
  }
}

/**
 * Runs one timed render. `render()` creates and appends the elements and returns the
 * container they went into. `check(container)` runs after the timer and throws when the
 * content did not render (it may return a promise); a failed check leaves no 'render' entry, so tachometer fails.
 */
export async function measureRender(render, check) {
  warmUpFonts();
  // Let the page finish loading and settle before the timer starts.
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  performance.mark('start');
  const container = render();
  await settled(container);
  container.getBoundingClientRect();
  void document.body.offsetHeight;
  performance.mark('end');
  await check(container);
  performance.measure('render', 'start', 'end');
}

/** Throws unless every question and answer paragraph appears in `text`. */
export function assertAllText(text, topics, variant) {
  const missing = [];
  for (const topic of topics) {
    for (const piece of [topic.question, ...topic.answer]) {
      if (!text.includes(piece)) missing.push(piece.slice(0, 20));
    }
  }
  if (missing.length > 0) {
    const message = `${variant}: ${missing.length} pieces of content did not render, e.g. "${missing[0]}"`;
    document.title = message;
    throw new Error(message);
  }
}

/** All text under `root`, shadow roots included (slotted children are counted once, in the light DOM). */
export function deepText(root) {
  let text = '';
  const walk = (node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      text += node.data + '\n';
      return;
    }
    if (node.shadowRoot) walk(node.shadowRoot);
    for (const child of node.childNodes) walk(child);
  };
  walk(root);
  return text;
}
