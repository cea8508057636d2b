module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'api',
  // Each API test file starts its own database and server; PGlite needs the memory of one at a time.
  maxWorkers: 1,
  testTimeout: 60_000,
};
