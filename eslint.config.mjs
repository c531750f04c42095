// Lint: typescript-eslint's recommended rules, plus the architecture rule that
// the runtime (lambda/) never imports the seed program, the CDK app or tests.
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'cdk.out/', 'dist/', 'coverage/', '**/__generated__/', '.data/'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    files: ['lambda/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(\\.\\./)+(seed|cdk|tests|scripts|bench)(/|$)',
              message: 'The runtime (lambda/) must not import seed/, cdk/, tests/, scripts/ or bench/.',
            },
            { regex: '^opencc-js', message: 'The runtime folds scripts with the dataset fold table; opencc-js belongs to the seed.' },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.cjs', '**/*.mjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
