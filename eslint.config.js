// Lint with the type-aware typescript-eslint presets; this is why TypeScript stays on 5.x.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.ts'],
    ignores: ['*.config.ts'], // tools load their config through a default export
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' },
      ],
    },
  },
  {
    // The pure core must not reach into Slack, the process or the adapters.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@slack/*', '**/slack/**', '**/cli/**', 'node:process', 'dotenv'], message: 'The core imports nothing from Slack, the CLI or the process.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', { name: 'process', message: 'The core must not read the process; inject what it needs.' }],
    },
  },
  {
    files: ['src/slack/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/cli/**'], message: 'Adapters never import each other.' }] }],
    },
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/slack/**', '@slack/*'], message: 'Adapters never import each other.' }] }],
    },
  },
);
