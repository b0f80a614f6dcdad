import { readFileSync } from 'node:fs';
import js from '@eslint/js';
import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';

// One Nx scope per subgraph of the registry.
const scopes = JSON.parse(readFileSync(new URL('./libs/shared/subgraph-registry/src/subgraphs.json', import.meta.url), 'utf8')).map(
  (entry) => entry.name,
);

// Specs and test support may use what production code must not.
const testFiles = ['**/*.spec.ts', '**/*.int-spec.ts', '**/testing.ts', '**/testing/**/*.ts', 'libs/shared/testing/**/*.ts', 'apps/e2e/**/*.ts'];

const crossProjectImports = { group: ['../../*'], message: 'Import another project through its @fg/ alias.' };
const testingImports = {
  group: ['@fg/testing', '@fg/*/testing', '@fg/*/*/testing'],
  message: 'Test support is for specs only; production code never depends on it.',
};

export default tseslint.config(
  // Generated resolver types are the generator's code, not ours (it writes `any` into helper types); npm run codegen
  // rewrites them and a spec per subgraph keeps them fresh.
  { ignores: ['**/dist/**', '**/node_modules/**', '.nx/**', '.data/**', 'tools/**', 'jest.config.cjs', '**/generated/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    plugins: { '@nx': nx },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { patterns: [crossProjectImports, testingImports] }],
      'no-process-env': 'error',
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          banTransitiveDependencies: true,
          depConstraints: [
            // Apps are composed from libs; they never import each other (Nx refuses app imports outright).
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:feature', 'type:data-access', 'type:util', 'type:testing'] },
            { sourceTag: 'type:feature', onlyDependOnLibsWithTags: ['type:data-access', 'type:util', 'type:testing'] },
            { sourceTag: 'type:data-access', onlyDependOnLibsWithTags: ['type:data-access', 'type:util', 'type:testing'] },
            { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util'] },
            // Deployment manifests are checked against the subgraph registry.
            { sourceTag: 'type:deploy', onlyDependOnLibsWithTags: ['type:util'] },
            // End-to-end specs seed several subgraphs' stores directly, as only a test may.
            { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:testing', 'type:data-access', 'type:util'] },
            { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:feature', 'type:util', 'type:data-access'] },
            // A subgraph reaches only its own data layer and shared code; the gateway only shared code.
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:gateway', onlyDependOnLibsWithTags: ['scope:shared'] },
            ...scopes.map((scope) => ({ sourceTag: `scope:${scope}`, onlyDependOnLibsWithTags: [`scope:${scope}`, 'scope:shared'] })),
            // A delegate runs on customers' machines: it carries pure code only, no store, queue or server.
            { sourceTag: 'scope:delegate', onlyDependOnLibsWithTags: ['type:util'] },
          ],
        },
      ],
    },
  },
  {
    // Apps are wiring: the store, the queue and Redis are reached through libs (types may be named).
    files: ['apps/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: ['mongoose', 'mongodb', 'bullmq', 'ioredis'].map((name) => ({
            name,
            message: 'Apps reach the store, queues and Redis through libs.',
            allowTypeImports: true,
          })),
        },
      ],
    },
  },
  {
    files: testFiles,
    rules: { 'no-restricted-imports': ['error', { patterns: [crossProjectImports] }] },
  },
  {
    // Configuration is read in one place per process; tests and benchmarks set up their own.
    files: [
      'apps/gateway/src/environment.ts',
      'apps/delegate/src/environment.ts',
      'apps/delegate-broker/src/environment.ts',
      'apps/secrets/src/master-key/rotate-master-key.command.ts',
      'libs/shared/subgraph-server/src/define-subgraph.ts',
      // OpenTelemetry's standard OTEL_* variables, which its SDK reads as well.
      'libs/shared/tracing/src/start-tracing.ts',
      ...testFiles,
    ],
    rules: { 'no-process-env': 'off' },
  },
);
