import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'web/dist/', 'node_modules/', 'examples/', 'fixtures/', 'data/'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    // The engine knows no Arabic: language packs plug in through the LanguagePack interface.
    // Exports and the geo layer read the JSON contract only, never a pack's internals.
    files: [
      'src/text/**/*.ts',
      'src/engine/**/*.ts',
      'src/pipeline/**/*.ts',
      'src/types.ts',
      'src/export/**/*.ts',
      'src/geo/**/*.ts',
    ],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/lang/**'], message: 'Engine code must not import a language pack.' }] },
      ],
    },
  },
);
