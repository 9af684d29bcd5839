// @ts-check
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Feature folders may not import each other (bulletproof-react): shared code lives in
// src/components, src/lib and src/i18n; only src/app composes features.
const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

const featureBoundaries = features.map((feature) => {
  const others = features.filter((f) => f !== feature);
  return {
    files: [`src/features/${feature}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: others.flatMap((f) => [`@/features/${f}`, `@/features/${f}/*`, `**/features/${f}/*`]),
              message: `Features must not import each other: move shared code to src/components or src/lib.`,
            },
            { group: ['../../*'], message: 'Use the @/ alias for imports across folders.' },
            {
              group: ['@/app', '@/app/*', '**/app/*'],
              message: 'Features must not import the app layer.',
            },
          ],
        },
      ],
    },
  };
});

const kebabCase = {
  files: ['src/**/*.{ts,tsx}'],
  plugins: {
    local: {
      rules: {
        'kebab-case-filename': {
          meta: { type: 'suggestion', schema: [], messages: { bad: 'File names are kebab-case: {{name}}' } },
          create(context) {
            const name = context.filename.split(/[\\/]/).pop() ?? '';
            const base = name.replace(/(\.d)?(\.test)?\.(ts|tsx)$/, '');
            return {
              Program(node) {
                if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(base)) {
                  context.report({ node, messageId: 'bad', data: { name } });
                }
              },
            };
          },
        },
      },
    },
  },
  rules: { 'local/kebab-case-filename': 'error' },
};

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'src/lib/api/schema.d.ts'] },
  {
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { ecmaVersion: 2023, globals: { ...globals.browser, ...globals.node } },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['../../*'], message: 'Use the @/ alias for imports across folders.' }] },
      ],
    },
  },
  kebabCase,
  ...featureBoundaries,
  // Dates and numbers reach users only through src/lib/format.ts (dd/MM/yyyy, HH:mm in Asia/Ho_Chi_Minh,
  // 1.234.567): the browser's own locale formatting would follow the visitor's machine, not the union's.
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/lib/format.ts', 'src/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-properties': [
        'error',
        ...['toLocaleString', 'toLocaleDateString', 'toLocaleTimeString', 'toDateString', 'toTimeString'].map(
          (property) => ({ property, message: 'Format dates and numbers with src/lib/format.ts.' }),
        ),
      ],
    },
  },
);
