module.exports = {
  ...require('../jest.preset.js'),
  displayName: 'tools',
  testMatch: ['<rootDir>/scripts/**/*.spec.ts'],
  testTimeout: 180_000,
};
