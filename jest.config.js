// Plain JS so jest needs no TypeScript loader for its own config; tests are compiled by @swc/jest.
/** @type {import('jest').Config['transform']} */
const swc = {
  '^.+\\.(t|j)sx?$': [
    '@swc/jest',
    { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } },
  ],
};

/** @returns {import('jest').Config} */
const project = (name, extra = {}) => ({
  displayName: name,
  testEnvironment: 'node',
  transform: swc,
  testTimeout: 120_000,
  testMatch: [`<rootDir>/tests/${name}/**/*.test.ts`],
  ...extra,
});

// Many embedded stores run at once on a shared machine here: a read may take seconds under that load.
// Production's deadline (1.2 s) is kept by the outage tests, which set their own.
process.env.STORE_TIMEOUT_MS = process.env.STORE_TIMEOUT_MS ?? '10000';

/** @type {import('jest').Config} */
module.exports = {
  // testTimeout is a global option (projects do not inherit it): integration and browser tests start servers.
  testTimeout: 120_000,
  projects: [project('unit'), project('integration'), project('faults'), project('cdk'), project('browser')],
};
