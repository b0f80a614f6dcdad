// One Jest configuration for every project; Nx runs it per project with --rootDir set to that project.
const path = require('node:path');
const { compilerOptions } = require('./tsconfig.base.json');

const moduleNameMapper = Object.fromEntries(
  Object.entries(compilerOptions.paths).map(([alias, [target]]) => [
    `^${alias.replace(/[/]/g, '\\/')}$`,
    path.join(__dirname, target),
  ]),
);

module.exports = {
  testEnvironment: 'node',
  testMatch: ['<rootDir>/**/*.spec.ts', '<rootDir>/**/*.int-spec.ts'],
  transform: {
    '^.+\\.ts$': ['@swc/jest', { jsc: { target: 'es2022', parser: { syntax: 'typescript' } } }],
    // Lua scripts are imported as text, as esbuild's text loader does for the bundles.
    '^.+\\.lua$': path.join(__dirname, 'tools/jest/text-transform.cjs'),
  },
  moduleFileExtensions: ['js', 'mjs', 'cjs', 'jsx', 'ts', 'tsx', 'json', 'node', 'lua'],
  moduleNameMapper,
  testTimeout: 60_000,
  // Integration specs share one local store and Redis; each file isolates itself by database and key prefix.
  maxWorkers: 2,
};
