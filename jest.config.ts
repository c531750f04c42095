import type { Config } from 'jest';

const swc: Config['transform'] = {
  '^.+\\.(t|j)sx?$': [
    '@swc/jest',
    { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } },
  ],
};

const project = (name: string, extra: Partial<Config> = {}): Config => ({
  displayName: name,
  testEnvironment: 'node',
  transform: swc,
  testTimeout: 120_000,
  testMatch: [`<rootDir>/tests/${name}/**/*.test.ts`],
  ...extra,
});

const config: Config = {
  projects: [
    project('unit'),
    project('integration'),
    project('cdk'),
    project('browser'),
  ],
};

export default config;
