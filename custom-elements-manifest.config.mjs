// `cem analyze` reads the JSDoc on the element classes and writes custom-elements.json.
export default {
  globs: ['src/components/**/*.component.ts', 'src/internal/wallet-help-element.ts'],
  exclude: ['**/*.test.ts', '**/*.styles.ts'],
  outdir: '.',
  litelement: true,
};
