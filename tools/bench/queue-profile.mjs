// npm run bench:queue-profile: where the time of the delegate task queue goes, in one process (no HTTP, no gateway),
// against the store and Redis of MONGO_URL and REDIS_URL (default: the ones tools/stack starts). Bundles
// queue-profile.ts (it imports the TypeScript libraries) into dist/tools and runs it; see that file for the settings.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { build } from 'esbuild';
import { rootDir } from '../stack/workspace.mjs';

const outfile = path.join(rootDir, 'dist/tools/queue-profile.mjs');
await build({
  entryPoints: [path.join(rootDir, 'tools/bench/queue-profile.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  packages: 'external',
  loader: { '.lua': 'text' },
  tsconfig: path.join(rootDir, 'tsconfig.base.json'),
  outfile,
  logLevel: 'warning',
});
const child = spawn(process.execPath, [outfile], { stdio: 'inherit', env: process.env });
child.on('exit', (code, signal) => {
  process.exitCode = code ?? (signal ? 1 : 0);
});
