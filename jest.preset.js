// Shared jest settings: TypeScript (with decorators and their metadata) through @swc/jest.
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: {
          target: 'es2022',
          parser: { syntax: 'typescript', tsx: true, decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true, react: { runtime: 'automatic' } },
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  // FormatJS, and otplib's @noble/@scure plugins, ship ES modules only; Node 20's jest cannot require them untransformed.
  transformIgnorePatterns: ['/node_modules/(?!(@formatjs|intl-messageformat|@noble|@scure)/)'],
  testMatch: ['<rootDir>/src/**/*.spec.ts?(x)'],
};
