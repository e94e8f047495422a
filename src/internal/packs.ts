/**
 * The content packs in memory for the whole page. Chinese, the guide's own language, is part of
 * every build; English comes after the first file (`wallet-help.en.js` beside the script-tag
 * build), loaded at idle with the other siblings, or the first time an element shows it. The
 * Traditional packs (`wallet-help.zh-TW.js`, `wallet-help.zh-HK.js`) load the same way, at idle
 * only on a page that reads them (see `idlePacks`).
 */
import * as zhCN from '../../content/zh-CN.json';
import type { ContentPack, PackLang } from '../content/types.js';
import { meanwhile, Sibling, type Loadable } from './siblings.js';
import type * as VendorContent from './vendor-content.js';

export const DEFAULT_LANG: PackLang = 'zh-CN';

/** A pack's module: its fields as named exports (the json plugin). */
type PackModule = Pick<typeof zhCN, 'lang' | 'causes' | 'topics' | 'synonyms' | 'ui'>;

/**
 * What the elements show and search of a pack. The guide's title, introduction and closing, which no
 * element shows, stay in content/*.json: picking the fields by name lets the build leave them out.
 */
const shown = ({ lang, causes, topics, synonyms, ui }: PackModule): ContentPack => ({ lang, causes, topics, synonyms, ui }) as ContentPack;

const loaded = new Map<PackLang, ContentPack>([['zh-CN', shown(zhCN)]]);
/** The built-in packs as shipped, under any vendor content merged into `loaded`. */
const builtIn = new Map<PackLang, ContentPack>(loaded);
const listeners = new Set<() => void>();

function changed(): void {
  for (const listener of listeners) listener();
}

/** Calls `listener` whenever the packs in memory change (a pack arrived, vendor content merged or removed). */
export function onPacksChanged(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** A built-in pack has arrived: shown at once however it came (at idle, on first use, retried once online). */
function arrived(lang: PackLang, module: PackModule): void {
  const pack = shown(module);
  builtIn.set(lang, pack);
  if (!loaded.has(lang)) loaded.set(lang, pack);
  changed();
}

/**
 * A pack's file, loaded after the first file; until it is in memory its elements show the zh-CN guide.
 * `load` picks the fields where the import is, so the chunk holds only them (a retry gets the same chunk).
 */
function packFile(lang: Exclude<PackLang, 'zh-CN'>, load: () => Promise<PackModule>): Sibling<PackModule> {
  return new Sibling(`wallet-help.${lang}.js`, meanwhile(`${lang} shows the zh-CN guide`), load, (module) => arrived(lang, module));
}

const siblings: Record<Exclude<PackLang, 'zh-CN'>, Sibling<PackModule>> = {
  en: packFile('en', () => import('../../content/en.json').then(({ lang, causes, topics, synonyms, ui }) => ({ lang, causes, topics, synonyms, ui }))),
  'zh-TW': packFile('zh-TW', () =>
    import('../../content/zh-TW.json').then(({ lang, causes, topics, synonyms, ui }) => ({ lang, causes, topics, synonyms, ui })),
  ),
  'zh-HK': packFile('zh-HK', () =>
    import('../../content/zh-HK.json').then(({ lang, causes, topics, synonyms, ui }) => ({ lang, causes, topics, synonyms, ui })),
  ),
};

/**
 * The validator and merge for vendor content (`configure({ content })`, `.content`, `content-src`),
 * loaded only by pages that have content of their own.
 */
export const vendorContent = new Sibling<typeof VendorContent>('wallet-help.vendor.js', meanwhile('your own content is not shown yet'), () => import('./vendor-content.js'));

/** The files of every pack that comes after the first file (the classic build takes them all at once). */
export const packSiblings: readonly Loadable[] = Object.values(siblings);

/**
 * The packs a page in `lang` loads at idle: English, whose words search finds topics by, and `lang`'s
 * own. A Traditional pack is fetched only where it is read (or searched by, see `loadAllPacks`), so a
 * zh-CN or English page never downloads two more guides unasked.
 */
export const idlePacks = (lang: PackLang): Loadable[] => [siblings.en, siblings[lang as 'en'] ?? siblings.en];

/** The pack of `lang` as shipped, once it is in memory (however long that takes): what vendor content is merged over. */
export function builtInPack(lang: PackLang): Promise<ContentPack> {
  const pack = builtIn.get(lang);
  return pack ? Promise.resolve(pack) : new Promise((resolve) => void siblings[lang as 'en'].whenLoaded(() => resolve(builtIn.get(lang)!)).load());
}

/** Shows `pack` for `lang` on every element: vendor content merged over the built-in pack, or the built-in one again. */
export function showPack(lang: PackLang, pack: ContentPack): void {
  loaded.set(lang, pack);
  changed();
}

/** Back to the built-in packs (tests; a page that drops its content). */
export function clearVendorContent(): void {
  for (const [lang, pack] of builtIn) if (loaded.get(lang) !== pack) showPack(lang, pack);
}

/** The pack for `lang` if it is already in memory, so a render needs no await. */
export function packIfLoaded(lang: PackLang): ContentPack | undefined {
  return loaded.get(lang);
}

/** Every pack in memory, the default first. */
export function loadedPacks(): ContentPack[] {
  return [...loaded.values()];
}

/** Loads every built-in pack (search in one language finds topics by the words of the others); never rejects. */
export function loadAllPacks(): Promise<ContentPack[]> {
  return Promise.all((Object.keys(siblings) as PackLang[]).map(loadPack));
}

/** The pack for `lang`, loading it once; the default pack while it can't be loaded. Never rejects. */
export async function loadPack(lang: PackLang): Promise<ContentPack> {
  await siblings[lang as 'en']?.load();
  return loaded.get(lang) ?? loaded.get(DEFAULT_LANG)!;
}
