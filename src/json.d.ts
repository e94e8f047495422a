// JSON packs are imported as modules (rollup's json plugin; the test server does the same).
declare module '*.json' {
  const value: unknown;
  export default value;
  // A content pack's fields, each a named export (the json plugin's preferConst), so a build keeps only those it uses.
  export const lang: string;
  export const causes: unknown;
  export const topics: unknown;
  export const synonyms: unknown;
  export const ui: unknown;
}
