const typescript = {
  // Type errors are caught by `tsc --noEmit` (npm run typecheck); ts-jest only transpiles.
  '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }],
};

/** @type {import('jest').Config} */
module.exports = {
  testTimeout: 30000,
  projects: [
    {
      displayName: 'backend',
      testEnvironment: 'node',
      roots: ['<rootDir>/tests'],
      testMatch: ['**/*.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', '<rootDir>/tests/miniprogram/'],
      transform: typescript,
      moduleFileExtensions: ['ts', 'js', 'json'],
    },
    {
      // The mini-program's pages and components under miniprogram-simulate (jsdom, the official WXML
      // compiler). Its global setup runs the mini-program build, so tests render the real tdesign.
      displayName: 'miniprogram',
      testEnvironment: 'jsdom',
      roots: ['<rootDir>/tests/miniprogram'],
      testMatch: ['**/*.test.ts'],
      globalSetup: '<rootDir>/tests/miniprogram/support/global-setup.ts',
      setupFiles: ['<rootDir>/tests/miniprogram/support/setup-wx.ts'],
      // Bare imports inside miniprogram_npm resolve as WeChat resolves them (tdesign's own tslib).
      moduleDirectories: ['miniprogram_npm', 'node_modules'],
      transform: {
        ...typescript,
        // tdesign ships ES modules, which DevTools compiles; jest needs CommonJS.
        '/miniprogram_npm/.+\\.js$': '<rootDir>/tests/miniprogram/support/esm-transform.js',
      },
      moduleFileExtensions: ['ts', 'js', 'json'],
    },
  ],
};
