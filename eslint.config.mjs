// Lint for the whole code base (npm run lint, part of npm test). Rules turned off are listed with the reason.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,mts}'],
    rules: {
      // `_`-prefixed parameters document an unused argument of a fixed signature (handlers, callbacks).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // A query's row type is declared once and returned by db/rows.ts (one/many/single/values, stmt<Row>): a cast on a
    // statement's result would let the SQL and the type drift apart unnoticed.
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "TSAsExpression[expression.type='CallExpression'][expression.callee.property.name=/^(get|all|iterate)$/]",
          message: 'Read typed rows with one/many/single/values from electron/core/db/rows.ts instead of casting a statement result.',
        },
      ],
    },
  },
  {
    // Tests read untyped JSON answers and stand in for untyped modules (the fake electron): `any` is honest there.
    files: ['tests/**/*.{ts,tsx}'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // Playwright reads a fixture's dependencies from its destructuring pattern: `async ({}, use)` is how it says none.
    files: ['tests/e2e/**/*.ts'],
    rules: { 'no-empty-pattern': 'off' },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', module: 'writable', require: 'readonly', __dirname: 'readonly' } },
  },
);
