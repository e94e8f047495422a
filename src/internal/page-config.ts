/**
 * The page's configuration: one store, set by `WalletHelp.configure()`. One order of precedence for
 * every setting: the element's own attribute or property, then `WalletHelp.configure`'s, then the
 * default. Every element follows the store (WalletHelpElement), so a `configure()` call restyles,
 * relabels and re-links what is already rendered, and what is added later.
 */
import type { ReactiveControllerHost } from 'lit';
import type { TopicId } from '../content/types.js';
import type { SupportInfo } from './contact.js';
import type { Theme } from './theme.js';

/** What `WalletHelp.configure()` sets for the whole page; an element's own attribute or property wins over it. */
export interface PageConfig {
  errorMap?: Record<string, TopicId>;
  support?: SupportInfo;
  theme?: Theme;
  accent?: string;
  lang?: string;
}

// No prototype: on a page whose Object.prototype was polluted, an unset `support` or `theme` stays unset.
const config: PageConfig = Object.create(null) as PageConfig;
const hosts = new Set<ReactiveControllerHost>();

/** The page's configuration now. */
export const pageConfig: Readonly<PageConfig> = config;

/**
 * `key` for `element`: its own (attribute or property), else `WalletHelp.configure`'s; `undefined`
 * leaves the default to the caller. (`lang` is read as the attribute, in locale-controller.ts;
 * `errorMap`s are merged, the element's codes over the page's, in `<wallet-help>`.)
 */
export function setting<K extends keyof PageConfig>(element: PageConfig, key: K): PageConfig[K] {
  return element[key] ?? config[key];
}

/**
 * Re-renders every element on the page: the configuration changed, or a sibling file arrived that
 * their controllers look for as they update (a page-wide set, so nothing waiting keeps a removed
 * element alive while a file can't be loaded).
 */
export function updateAll(): void {
  for (const host of hosts) host.requestUpdate();
}

/** Merges `changes` into the page's configuration and re-renders every element that reads it. */
export function configurePage(changes: PageConfig): void {
  Object.assign(config, changes);
  updateAll();
}

/** Re-renders `host` whenever the page's configuration changes. */
export function followPageConfig(host: ReactiveControllerHost): void {
  host.addController({
    hostConnected: () => hosts.add(host),
    hostDisconnected: () => hosts.delete(host),
  });
}
