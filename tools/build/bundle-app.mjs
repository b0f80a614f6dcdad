// Bundles one app (its src/main.ts and the libs it imports) into dist/<app>/main.js. Packages from node_modules stay
// external; libs are inlined through the tsconfig path aliases. Schema files travel next to the bundle.
import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

const projectRoot = process.argv[2];
if (!projectRoot) {
  console.error('usage: node tools/build/bundle-app.mjs <projectRoot>');
  process.exit(2);
}
const workspaceRoot = resolve(import.meta.dirname, '../..');
const outdir = join(workspaceRoot, 'dist', projectRoot);
mkdirSync(outdir, { recursive: true });

await build({
  entryPoints: [join(workspaceRoot, projectRoot, 'src/main.ts')],
  outfile: join(outdir, 'main.js'),
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  packages: 'external',
  tsconfig: join(workspaceRoot, 'tsconfig.base.json'),
  // Libs import their Lua scripts as text (libs/shared/rate-limits).
  loader: { '.lua': 'text' },
  sourcemap: true,
  logLevel: 'warning',
});

// Browser code (<projectRoot>/browser/*.tsx, e.g. the gateway's GraphQL explorer) is bundled here with its npm
// packages and style sheets into dist/<projectRoot>/browser/, so a page the app serves loads nothing from elsewhere.
const browserDir = join(workspaceRoot, projectRoot, 'browser');
if (existsSync(browserDir)) {
  await build({
    entryPoints: readdirSync(browserDir)
      .filter((file) => file.endsWith('.tsx'))
      .map((file) => join(browserDir, file)),
    outdir: join(outdir, 'browser'),
    bundle: true,
    platform: 'browser',
    target: ['chrome109', 'firefox115', 'safari16'],
    format: 'iife',
    jsx: 'automatic',
    minify: true,
    define: { 'process.env.NODE_ENV': '"production"' },
    // Fonts and images referenced by the style sheets travel inside them.
    loader: { '.woff': 'dataurl', '.woff2': 'dataurl', '.ttf': 'dataurl', '.svg': 'dataurl', '.png': 'dataurl' },
    tsconfig: join(browserDir, 'tsconfig.json'),
    legalComments: 'external',
    logLevel: 'warning',
  });
}

const sourceDir = join(workspaceRoot, projectRoot, 'src');
for (const file of readdirSync(sourceDir)) {
  if (file.endsWith('.graphql')) copyFileSync(join(sourceDir, file), join(outdir, file));
}
console.log(`built ${projectRoot} -> ${join('dist', projectRoot)}`);
