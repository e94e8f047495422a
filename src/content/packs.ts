/**
 * The built-in packs. Chinese, the guide's own language, is part of every build;
 * English is a separate chunk, loaded the first time an element needs it.
 */
import zhCN from '../../content/zh-CN.json';
import type { ContentPack, PackLang } from './types.js';

export const DEFAULT_LANG: PackLang = 'zh-CN';

const loaded = new Map<PackLang, ContentPack>([['zh-CN', zhCN as unknown as ContentPack]]);
const loading = new Map<PackLang, Promise<ContentPack>>();
/** The built-in packs as shipped, under any vendor content merged into `loaded`. */
const builtIn = new Map<PackLang, ContentPack>(loaded);
const listeners = new Set<() => void>();

/** Calls `listener` whenever a pack in memory is replaced (vendor content merged or removed). */
export function onPacksChanged(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The pack of `lang` as shipped, loading it once: what vendor content is merged over. */
export async function builtInPack(lang: PackLang): Promise<ContentPack> {
  return builtIn.get(lang) ?? (await loadPack(lang), builtIn.get(lang)!);
}

/** Shows `pack` for `lang` on every element: vendor content merged over the built-in pack, or the built-in one again. */
export function usePack(lang: PackLang, pack: ContentPack): void {
  loaded.set(lang, pack);
  for (const listener of listeners) listener();
}

/** Back to the built-in packs (tests; a page that drops its content). */
export function clearVendorContent(): void {
  for (const [lang, pack] of builtIn) if (loaded.get(lang) !== pack) usePack(lang, pack);
}

const importers: Record<PackLang, () => Promise<ContentPack>> = {
  'zh-CN': () => Promise.resolve(zhCN as unknown as ContentPack),
  en: () => import('../../content/en.json').then((module) => module.default as unknown as ContentPack),
};

/** The pack for `lang` if it is already in memory, so a render needs no await. */
export function packIfLoaded(lang: PackLang): ContentPack | undefined {
  return loaded.get(lang);
}

/** Every pack in memory, the default first. */
export function loadedPacks(): ContentPack[] {
  return [...loaded.values()];
}

/** Loads every built-in pack (search in one language finds topics by the words of the others). */
export function loadAllPacks(): Promise<ContentPack[]> {
  return Promise.all((Object.keys(importers) as PackLang[]).map(loadPack));
}

/** The pack for `lang`, loading it once; a failed load falls back to the default pack. */
export function loadPack(lang: PackLang): Promise<ContentPack> {
  const ready = loaded.get(lang);
  if (ready) return Promise.resolve(ready);
  let pending = loading.get(lang);
  if (!pending) {
    pending = importers[lang]()
      .then((pack) => {
        builtIn.set(lang, pack);
        loaded.set(lang, pack);
        return pack;
      })
      .catch((error: unknown) => {
        loading.delete(lang);
        console.error(`wallet-help: could not load the "${lang}" content pack; showing ${DEFAULT_LANG}.`, error);
        return loaded.get(DEFAULT_LANG)!;
      });
    loading.set(lang, pending);
  }
  return pending;
}
