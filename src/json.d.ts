// JSON packs are imported as modules (rollup's json plugin; the test server does the same).
declare module '*.json' {
  const value: unknown;
  export default value;
}
