/**
 * The built-in packs. Chinese, the guide's own language, is part of every build;
 * English is a separate chunk, loaded the first time an element needs it.
 */
import zhCN from '../../content/zh-CN.json';
import type { ContentPack, PackLang } from './types.js';

export const DEFAULT_LANG: PackLang = 'zh-CN';

const loaded = new Map<PackLang, ContentPack>([['zh-CN', zhCN as unknown as ContentPack]]);
const loading = new Map<PackLang, Promise<ContentPack>>();

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
