// Types for scripts/traditional-packs.mjs, which test/content/traditional.test.ts imports.
import type { ContentPack } from '../src/content/types.js';

export type TraditionalLang = 'zh-TW' | 'zh-HK';

export interface RegionOverrides {
  phrases?: { from: string; to: string; why: string }[];
  keywords?: Record<string, { add: string[]; why: string }>;
  synonyms?: { with: string; add: string[]; why: string }[];
}

export const REGIONS: Record<TraditionalLang, { opencc: string; overrides: string }>;
export function traditionalPack(zhCN: ContentPack, lang: TraditionalLang, overrides: RegionOverrides, convert: (text: string) => string): ContentPack;
export function converterFor(lang: TraditionalLang): (text: string) => string;
export function packText(pack: ContentPack): string;
