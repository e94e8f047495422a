import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { forgetWarnings, warnOnce } from './warn.js';

/** Where a set of ids is kept: `localStorage` (default), `sessionStorage`, or only in this page. */
export type StorageKind = 'local' | 'session' | 'none';

type Listener = (ids: string[]) => void;

/**
 * The page's copy of every stored set, by kind and key: what is shown when storage throws, holds
 * garbage, or is `none`. Writes go here first, so the page never depends on storage working.
 */
const memory = new Map<string, string[]>();
const listeners = new Map<string, Set<Listener>>();
/** Storage kinds that threw once: the rest of this page keeps their sets in memory. */
const broken = new Set<StorageKind>();

/** Forgets the page's copies, failures and warnings (for tests: a fresh page without reloading). */
export function forgetStoredIds(): void {
  memory.clear();
  broken.clear();
  forgetWarnings();
}

const slot = (kind: StorageKind, key: string) => `${kind}\n${key}`;

function warn(what: string, error?: unknown): void {
  warnOnce(what, `wallet-help: ${what}.`, error);
}

function area(kind: StorageKind): Storage | undefined {
  if (kind === 'none' || broken.has(kind)) return undefined;
  try {
    // Reading the property itself throws in sandboxed frames and where cookies are blocked.
    return kind === 'session' ? window.sessionStorage : window.localStorage;
  } catch (error) {
    fail(kind, `${kind}Storage is not available`, error);
    return undefined;
  }
}

function fail(kind: StorageKind, what: string, error: unknown): void {
  broken.add(kind);
  warn(`${what}; progress is kept in this page only`, error);
}

/** `raw` as a list of ids, or undefined (with one warning) when it is not one. */
function parse(raw: string, key: string): string[] | undefined {
  try {
    const value: unknown = JSON.parse(raw);
    if (Array.isArray(value) && value.every((id) => typeof id === 'string')) return [...new Set(value)];
  } catch {
    // Reported below, as any other value that is not a list of ids.
  }
  warn(`"${key}" in storage is not a list of step ids; starting afresh`);
  return undefined;
}

/** The ids stored under `key`; storage that throws or holds garbage reads as the page's copy. */
export function readIds(kind: StorageKind, key: string): string[] {
  const store = area(kind);
  if (store) {
    try {
      const raw = store.getItem(key);
      const ids = raw === null ? [] : parse(raw, key);
      if (ids) return ids;
    } catch (error) {
      fail(kind, `could not read ${kind}Storage`, error);
    }
  }
  return memory.get(slot(kind, key)) ?? [];
}

/** Stores `ids` under `key` and tells every other holder of the same set on this page. */
export function writeIds(kind: StorageKind, key: string, ids: string[]): void {
  memory.set(slot(kind, key), ids);
  const store = area(kind);
  try {
    if (ids.length) store?.setItem(key, JSON.stringify(ids));
    else store?.removeItem(key);
  } catch (error) {
    fail(kind, `could not write ${kind}Storage`, error);
  }
  for (const listener of listeners.get(slot(kind, key)) ?? []) listener(ids);
}

// Another tab changed localStorage (sessionStorage is per tab): tell the holders of that key.
function onStorage(event: StorageEvent): void {
  if (event.key === null) {
    for (const [at, set] of listeners) if (at.startsWith('local\n')) for (const listener of set) listener(readIds('local', at.slice(6)));
    return;
  }
  const set = listeners.get(slot('local', event.key));
  if (!set) return;
  const ids = event.newValue === null ? [] : parse(event.newValue, event.key);
  if (!ids) return;
  memory.set(slot('local', event.key), ids);
  for (const listener of set) listener(ids);
}

function subscribe(kind: StorageKind, key: string, listener: Listener): () => void {
  if (listeners.size === 0) window.addEventListener('storage', onStorage);
  const at = slot(kind, key);
  let set = listeners.get(at);
  if (!set) listeners.set(at, (set = new Set()));
  set.add(listener);
  return () => {
    set.delete(listener);
    if (set.size === 0) listeners.delete(at);
    if (listeners.size === 0) window.removeEventListener('storage', onStorage);
  };
}

type StoredIdsHost = ReactiveControllerHost & HTMLElement;

/**
 * A set of ids kept in Web Storage for its host, shared live with every other host of the same
 * key: elements on the page at once, other tabs through the `storage` event. Storage that throws
 * (sandboxed frames, blocked cookies, a full quota) or holds garbage leaves the set working in
 * memory, with one console warning.
 */
export class StoredIdsController implements ReactiveController {
  #host: StoredIdsHost;
  #where: () => [kind: StorageKind, key: string];
  #current = '';
  #unsubscribe?: () => void;
  #ids: string[] = [];

  constructor(host: StoredIdsHost, where: () => [kind: StorageKind, key: string]) {
    this.#host = host;
    this.#where = where;
    host.addController(this);
  }

  has(id: string): boolean {
    return this.#ids.includes(id);
  }

  /** Replaces the set, stores it and tells the other holders. */
  set(ids: string[]): void {
    const [kind, key] = this.#where();
    this.#ids = [...new Set(ids)];
    writeIds(kind, key, this.#ids);
    this.#host.requestUpdate();
  }

  hostConnected(): void {
    this.#current = '';
    this.hostUpdate();
  }

  hostDisconnected(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }

  /** Follows the host to another key or storage kind before it renders. */
  hostUpdate(): void {
    const [kind, key] = this.#where();
    if (slot(kind, key) === this.#current || !this.#host.isConnected) return;
    this.#current = slot(kind, key);
    this.#unsubscribe?.();
    this.#unsubscribe = subscribe(kind, key, (ids) => {
      this.#ids = ids;
      this.#host.requestUpdate();
    });
    this.#ids = readIds(kind, key);
  }
}
