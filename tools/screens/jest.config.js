// `npm run screens`, first half: the page tests' jest project (same fake wx, same build of tdesign and the
// contracts), running tests/miniprogram/screens/*.screens.ts only. They write HTML; shoot.ts photographs it.
const { projects } = require('../../jest.config.js');

const miniprogram = projects.find((project) => project.displayName === 'miniprogram');

/** @type {import('jest').Config} */
module.exports = {
  ...miniprogram,
  rootDir: '../..',
  displayName: 'screens',
  roots: ['<rootDir>/tests/miniprogram/screens'],
  testMatch: ['**/*.screens.ts'],
  globalSetup: '<rootDir>/tests/miniprogram/screens/screens-setup.ts',
  testTimeout: 30000,
};
