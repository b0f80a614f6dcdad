import js from '@eslint/js';
import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';

const scopes = [
  'apps-services',
  'pipelines-workflows-executions',
  'identity-users-groups',
  'secrets',
  'connectors-cloudproviders-artifacts',
];

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
      'no-restricted-imports': ['error', { patterns: [{ group: ['../../*'], message: 'Import another project through its @fg/ alias.' }] }],
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
            // End-to-end specs seed several subgraphs' stores directly, as only a test may.
            { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:testing', 'type:data-access', 'type:util'] },
            { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:feature', 'type:util', 'type:data-access'] },
            // A subgraph reaches only its own data layer and shared code; the gateway only shared code.
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:gateway', onlyDependOnLibsWithTags: ['scope:shared'] },
            ...scopes.map((scope) => ({ sourceTag: `scope:${scope}`, onlyDependOnLibsWithTags: [`scope:${scope}`, 'scope:shared'] })),
            { sourceTag: 'scope:delegate', onlyDependOnLibsWithTags: ['scope:delegate', 'scope:shared'] },
          ],
        },
      ],
    },
  },
  {
    // Configuration is read in one place per app; tests and benchmarks set up their own.
    files: ['**/environment.ts', '**/*.spec.ts', '**/*.int-spec.ts', 'libs/shared/testing/**/*.ts', 'apps/e2e/**/*.ts'],
    rules: { 'no-process-env': 'off' },
  },
);
