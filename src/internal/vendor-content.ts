/**
 * Vendor content from `WalletHelp.configure({ content })`, `<wallet-help>.content` or
 * `content-src`: merged over the built-in packs for the whole page, or rejected with one
 * `console.error` naming the bad fields and a `wallet-help-error` event, leaving the guide shown.
 */
import { packLangFor } from '../content/locale.js';
import { builtInPack, DEFAULT_LANG, showPack } from './packs.js';
import { mergeVendorPack, plainData } from '../content/vendor.js';
import type { WalletHelpErrorDetail } from './events.js';

function report(target: EventTarget, detail: WalletHelpErrorDetail, message: string, cause?: unknown): void {
  console.error(`wallet-help: ${message} Showing the built-in guide.`, ...(cause === undefined ? [] : [cause]));
  target.dispatchEvent(new CustomEvent('wallet-help-error', { bubbles: true, composed: true, detail }));
}

/** Applies one pack or a list of packs (one per language; `lang` picks it, zh-CN by default). */
export async function applyVendorContent(content: unknown, target: EventTarget, source: string): Promise<boolean> {
  try {
    content = plainData(content);
  } catch (error) {
    // What was thrown (a getter's error, a cycle, too long) goes to the console as it is: made text, a
    // vendor's object may throw again.
    report(target, { reason: 'invalid-content', path: '(the pack)' }, `${source} could not be read as data.`, error);
    return false;
  }
  const packs = Array.isArray(content) ? content : [content];
  let ok = true;
  for (const [index, pack] of packs.entries()) {
    const declared = typeof pack === 'object' && pack !== null ? (pack as { lang?: unknown }).lang : undefined;
    const lang = typeof declared === 'string' ? packLangFor(declared) : DEFAULT_LANG;
    const result = mergeVendorPack(await builtInPack(lang), pack);
    if (result.ok) {
      showPack(lang, result.pack);
      continue;
    }
    ok = false;
    const prefix = Array.isArray(content) ? `[${index}]` : '';
    const at = (path: string) => (prefix && path ? `${prefix}.${path}` : prefix || path || '(the pack)');
    const lines = result.errors.map((error) => `  ${at(error.path)}: ${error.message}`).join('\n');
    report(target, { reason: 'invalid-content', path: at(result.errors[0]!.path) }, `${source} was rejected:\n${lines}\n`);
  }
  return ok;
}

const fetched = new Map<string, Promise<string>>();

/** Fetches a JSON pack once per URL and applies it. */
export async function loadVendorContent(url: string, target: EventTarget): Promise<boolean> {
  let body = fetched.get(url);
  if (!body) {
    // At most 10 s, body included, and 4 MB (README, Content packs): a server that never answers would
    // leave the vendor's content silently missing, and a huge or endless body would hold the page's
    // memory. Either way the guide stays, with wallet-help-error. 4 MB holds a 1,000-topic pack in
    // either language (1.6–1.8 MB) twice over; 512 KB, the limit before, refused it.
    body = Promise.resolve()
      .then(() => {
        // Only http(s): a javascript:, data: or blob: URL is no server of the vendor's (a strict CSP
        // would report the attempt as a violation).
        if (!/^https?:$/.test(new URL(url, document.baseURI).protocol)) throw Error('not an http(s) URL');
        return fetch(url, { signal: AbortSignal.timeout(10_000) });
      })
      .then(async (response) => {
        if (!response.ok) throw Error(`HTTP ${response.status}`);
        // Over by its Content-Length, before reading, or by the bytes that came (a server may not say).
        if (+response.headers.get('content-length')! > 4194304) throw 'too-large';
        const text = await response.text();
        if (new Blob([text]).size > 4194304) throw 'too-large';
        return text;
      });
    fetched.set(url, body);
  }
  let text: string;
  try {
    text = await body;
  } catch (error) {
    fetched.delete(url);
    // AbortSignal.timeout rejects the fetch, or the read of its body, with a TimeoutError.
    const reason = error === 'too-large' ? error : (error as Error)?.name === 'TimeoutError' ? 'fetch-timeout' : 'fetch-failed';
    report(target, { reason, path: url }, `could not fetch content-src "${url}".`, error);
    return false;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    report(target, { reason: 'invalid-json', path: url }, `content-src "${url}" is not JSON.`, error);
    return false;
  }
  return applyVendorContent(json, target, `content-src "${url}"`);
}
