import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';

export default tseslint.config(
  { ignores: ['dist/', '.tmp/', 'node_modules/', 'custom-elements.json', 'bench/results/', 'bench/**/generated*', 'bench/first-load/before/'] },
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'test/**/*.ts'],
    extends: [lit.configs['flat/recommended'], wc.configs['flat/best-practice']],
    rules: {
      // Content is rendered as text: no markup strings, ever.
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Render content as text through Lit templates.' },
        { property: 'outerHTML', message: 'Render content as text through Lit templates.' },
        { property: 'insertAdjacentHTML', message: 'Render content as text through Lit templates.' },
      ],
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['lit/directives/unsafe-*'], message: 'Render content as text through Lit templates.' }] },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-restricted-properties': 'off',
    },
  },
);
