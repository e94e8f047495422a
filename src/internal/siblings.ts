/**
 * The parts of wallet-help that come after the first file: in the script-tag module build the files
 * beside `wallet-help.js`, in an app the chunks its bundler made. They are fetched once the page is
 * idle, so nothing waits for the network when a user needs help (a lost connection is the most
 * common reason they do). A file that can't be loaded never throws into the page: one
 * `console.error` names what is missing and where it should be, the help keeps working on the first
 * file, and loading is tried again when the browser is back online or the help is opened.
 *
 * The classic build (wallet-help.iife.js) is one file holding every sibling: their imports never
 * fail and are all taken at once (src/cdn-classic.ts), so `ONE_FILE` leaves out of it the failure
 * report, the retries and the loading at idle.
 */
import { ONE_FILE } from './one-file.js';

/** Imports the file at `url` again (the script-tag build: a failed import is cached under its URL). */
export type ImportAgain = (url: string) => Promise<unknown>;

let beside: { base: string; importAgain: ImportAgain } | undefined;

/** The script-tag module build says where its files are, and how to fetch one again. */
export function siblingsBeside(base: string, importAgain: ImportAgain): void {
  beside = { base, importAgain };
}

/** A failed load is tried again by `load()` no sooner than this; at once when the browser comes back online. */
const RETRY_AFTER = 5000;

/**
 * What the page does while a sibling is missing, for the console message; '' in the classic build,
 * where none can be missing (a function, so the build leaves the text out where it is written).
 */
export const meanwhile = (text: string): string => (ONE_FILE ? '' : text);

/** Any sibling, whatever its module. */
export interface Loadable {
  readonly file: string;
  readonly without: string;
  load(retry?: boolean): Promise<unknown>;
}

const failed = new Set<Loadable>();
const unreported = new Set<Loadable>();
let inFlight = 0;

/** Tries again, now, whatever failed to load (the browser is back online, or help is being opened). */
export function retryFailed(): void {
  if (ONE_FILE) return;
  for (const sibling of failed) void sibling.load(true);
}

/**
 * One message for everything that failed together (a page offline, or a CDN with only the first file).
 * A file an element needed at once (a zh-TW page's pack) that failed before the page went idle waits
 * for what loads at idle, so a page offline from the start is told once.
 */
function reportFailures(): void {
  if (inFlight > 0 || queued.length > 0 || unreported.size === 0) return;
  const missing = [...unreported];
  unreported.clear();
  const where = beside
    ? `${missing.map((sibling) => new URL(sibling.file, beside!.base).href).join(', ')}: ` +
      `${missing.length === 1 ? 'it belongs' : 'they belong'} beside wallet-help.js (host the whole dist/cdn/ folder)`
    : `the chunks your bundler made for ${missing.map((sibling) => sibling.file.replace(/^wallet-help\.|\.js$/g, '')).join(', ')}`;
  console.error(
    `wallet-help: could not load ${where}. Meanwhile ${missing.map((sibling) => sibling.without).join('; ')}. ` +
      'Tried again when back online and when help opens.',
  );
}

/** A module loaded after the first file, once; never rejects. */
export class Sibling<M> implements Loadable {
  readonly file: string;
  /** What the page does while the module is missing, for the console message. */
  readonly without: string;
  #import: () => Promise<M>;
  #arrived?: (module: M) => void;
  #module?: M;
  #pending?: Promise<M | undefined>;
  #failedAt = 0;
  #attempts = 0;
  #waiting: Array<(module: M) => void> = [];

  /**
   * `file`: its name in the script-tag build (dist/cdn/); `load`: the import of the module;
   * `arrived`: what to do with the module whenever it loads, before anyone waiting hears of it.
   */
  constructor(file: string, without: string, load: () => Promise<M>, arrived?: (module: M) => void) {
    this.file = file;
    this.without = without;
    this.#import = load;
    this.#arrived = arrived;
  }

  /** The module if it has loaded, so a render needs no await. */
  get(): M | undefined {
    return this.#module;
  }

  /**
   * Loads the module once; resolves to `undefined` when it can't be had now. After a failure it is
   * tried again only `retry`ing, or once a few seconds have passed.
   */
  load(retry = false): Promise<M | undefined> {
    if (this.#module) return Promise.resolve(this.#module);
    if (this.#pending) return this.#pending;
    const loaded = (module: M): M => {
      this.#module = module;
      for (const callback of [this.#arrived, ...this.#waiting.splice(0)]) {
        try {
          callback?.(module);
        } catch (error) {
          console.error(`wallet-help: using ${this.file} failed.`, error);
        }
      }
      return module;
    };
    // In one file the import is never refused: nothing to throttle, count or report.
    if (ONE_FILE) return (this.#pending = this.#import().then(loaded));
    if (failed.has(this) && !retry && Date.now() - this.#failedAt < RETRY_AFTER) return Promise.resolve(undefined);
    inFlight += 1;
    this.#attempts += 1;
    // Browsers cache a failed import under its URL (Firefox always, Chromium after a 404): the
    // script-tag build asks again under another one; a bundler's chunk loader retries by itself.
    const attempt = Promise.resolve().then(() =>
      this.#attempts > 1 && beside
        ? (beside.importAgain(new URL(`${this.file}?retry=${this.#attempts}`, beside.base).href) as Promise<M>)
        : this.#import(),
    );
    const pending = attempt.then(loaded, () => {
      if (!failed.has(this) && this.#attempts === 1) unreported.add(this);
      failed.add(this);
      this.#failedAt = Date.now();
      if (failed.size === 1) window.addEventListener('online', retryFailed);
      return undefined;
    });
    this.#pending = pending;
    void pending.then((module) => {
      this.#pending = undefined;
      inFlight -= 1;
      if (module) failed.delete(this);
      if (failed.size === 0) window.removeEventListener('online', retryFailed);
      reportFailures();
    });
    return pending;
  }

  /** Calls `callback` with the module: now if it has loaded, else whenever it does (this try or a later one). */
  whenLoaded(callback: (module: M) => void): this {
    if (this.#module) callback(this.#module);
    else this.#waiting.push(callback);
    return this;
  }
}

/** Runs `callback` when the browser is idle (soon after, where it can't tell: Safari). */
export function whenIdle(callback: () => void): void {
  if ('requestIdleCallback' in window) requestIdleCallback(callback, { timeout: 2000 });
  else setTimeout(callback, 1);
}

const atIdle = new Set<Loadable>();
const queued: Loadable[] = [];

/**
 * Loads `siblings` once the page has loaded and gone idle: by then whatever help needs is in memory.
 * What every element and the global ask for before then loads together, so what fails is told once.
 */
export function loadAtIdle(siblings: readonly Loadable[]): void {
  // One file: src/cdn-classic.ts has already taken every sibling.
  if (ONE_FILE) return;
  const fresh = siblings.filter((sibling) => !atIdle.has(sibling));
  if (fresh.length === 0) return;
  fresh.forEach((sibling) => atIdle.add(sibling));
  if (queued.push(...fresh) > fresh.length) return;
  const loadQueued = () =>
    whenIdle(() => {
      for (const sibling of queued.splice(0)) void sibling.load();
    });
  if (document.readyState === 'complete') loadQueued();
  else window.addEventListener('load', loadQueued, { once: true });
}
