import tseslint from 'typescript-eslint';

/** What sits on top of the engine: nothing below may import it. */
const SURFACES = ['**/store/**', '**/server/**', '**/cli/**', '**/export/**', '**/ingest/**', '**/web/**'];

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
    files: ['src/engine/**/*.ts', 'src/types.ts', 'src/export/**/*.ts', 'src/geo/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/lang/**'], message: 'Engine code must not import a language pack.' }] },
      ],
    },
  },
  {
    // Imports point one way: surfaces → pipeline → lang → text. The pipeline runs stages and knows
    // no language, no engine and no surface.
    files: ['src/pipeline/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/lang/**'], message: 'The pipeline knows no language: a pack supplies its stages.' },
            { group: ['**/engine/**'], message: 'The pipeline runs under the engine, never the other way.' },
            { group: SURFACES, message: 'The pipeline never imports a surface.' },
          ],
        },
      ],
    },
  },
  {
    // A language pack reads text through the pipeline; of the engine it sees only the pack contract.
    files: ['src/lang/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/engine/**', '!**/engine/pack.js'],
              message: 'A language pack sees the engine only through engine/pack.ts.',
            },
            { group: SURFACES, message: 'A language pack never imports a surface.' },
            {
              group: ['../../index.js', '../../../index.js'],
              message: 'A language pack never imports the public API.',
            },
          ],
        },
      ],
    },
  },
  {
    // Text is the floor: spans, folding, segmenting; it imports nothing above it.
    files: ['src/text/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/lang/**', '**/pipeline/**', '**/engine/**', ...SURFACES],
              message: 'Text imports nothing above it.',
            },
          ],
        },
      ],
    },
  },
  {
    // One idea per function in the Arabic reader: at most 80 lines, comments and blank lines counted.
    files: ['src/lang/ar/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'max-lines-per-function': [
        'error',
        { max: 80, skipBlankLines: false, skipComments: false, IIFEs: true },
      ],
    },
  },
);
