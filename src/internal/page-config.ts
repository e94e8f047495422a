import type { ReactiveControllerHost } from 'lit';
import type { TopicId } from '../content/types.js';
import type { SupportInfo } from './contact.js';

/** What `WalletHelp.configure()` sets for the whole page; an element's own property wins over it. */
export interface PageConfig {
  errorMap?: Record<string, TopicId>;
  support?: SupportInfo;
}

const config: PageConfig = {};
const hosts = new Set<ReactiveControllerHost>();

/** The page's configuration now. */
export const pageConfig: Readonly<PageConfig> = config;

/** Merges `changes` into the page's configuration and re-renders every element that reads it. */
export function configurePage(changes: PageConfig): void {
  Object.assign(config, changes);
  for (const host of hosts) host.requestUpdate();
}

/** Re-renders `host` whenever the page's configuration changes. */
export function followPageConfig(host: ReactiveControllerHost): void {
  host.addController({
    hostConnected: () => hosts.add(host),
    hostDisconnected: () => hosts.delete(host),
  });
}
