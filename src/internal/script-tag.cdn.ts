/** `script-tag.ts` in the script-tag builds (dist/cdn/; rollup.config.mjs puts this module in its place). */
export const SCRIPT_TAG: boolean = true;
