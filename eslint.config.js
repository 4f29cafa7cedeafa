// Lint: TypeScript rules everywhere, and the one architectural rule — shared/ stays runtime-free.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const RUNTIME_MODULES = ['electron', 'react', 'react-dom', 'react/*', 'react-dom/*', 'node:*', 'fs', 'path', 'os', 'child_process', 'fake-indexeddb', 'fake-indexeddb/*'];

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'coverage/**', '.e2e-artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: { ...globals['shared-node-browser'] } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: RUNTIME_MODULES,
              message: 'shared/ is runtime-free: pass runtime pieces in as parameters (see ARCHITECTURE.md).',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'window', message: 'shared/ must not touch window: it also runs in Node.' },
        { name: 'document', message: 'shared/ must not touch document: it also runs in Node.' },
        { name: 'localStorage', message: 'shared/ must not touch browser storage directly.' },
        { name: 'process', message: 'shared/ must not touch process: it also runs in the browser.' },
        { name: 'require', message: 'shared/ is ES modules only.' },
        { name: 'Buffer', message: 'shared/ uses Uint8Array, not Node Buffer.' },
        { name: '__dirname', message: 'shared/ has no file system.' },
      ],
    },
  },
  {
    files: ['main/preload.cts'],
    languageOptions: { sourceType: 'commonjs' },
  },
);
