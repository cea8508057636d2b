module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'api',
  // Each API test file starts its own database and server (PGlite: about 1 GB): two at a time, one per
  // core. `npm test` runs the projects' tests one project after another, so nothing else competes.
  maxWorkers: 2,
  testTimeout: 60_000,
  // The whole run's log, captured and checked for the test people's names, addresses and numbers (src/testing/log-capture.ts).
  globalSetup: '<rootDir>/src/testing/log-capture.global-setup.ts',
  setupFilesAfterEnv: ['<rootDir>/src/testing/log-capture.setup.ts'],
  globalTeardown: '<rootDir>/src/testing/log-capture.global-teardown.ts',
};
