/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  globalSetup: '<rootDir>/test/globalSetup.js',
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json', isolatedModules: true, diagnostics: false }],
    '\\.csv$': '<rootDir>/test/rawTransform.js',
  },
  // jsdom would pick packages' ESM browser builds (uuid via exceljs); tests run CommonJS.
  testEnvironmentOptions: { customExportConditions: ['node', 'node-addons'] },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json', 'csv'],
  maxWorkers: 2,
  testTimeout: 120000,
};
