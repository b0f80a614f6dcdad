// npm test: installs what a fresh clone lacks, starts the local store and Redis (or uses MONGO_URL / REDIS_URL), then
// runs lint, typecheck, build and every project's tests through Nx, and prints one closing count.
import fs from 'node:fs';
import path from 'node:path';
import { ensureChromium, startServices } from './services.mjs';
import { dataDir, ensureDependencies, nx, rootDir } from './workspace.mjs';

const resultsDir = path.join(rootDir, 'dist/test-results');

function summarize() {
  let passed = 0;
  let failed = 0;
  let suites = 0;
  // Only the runners' JSON reports: specs also write screenshots under this folder.
  const reports = fs.existsSync(resultsDir) ? fs.readdirSync(resultsDir).filter((file) => file.endsWith('.json')) : [];
  for (const file of reports) {
    const result = JSON.parse(fs.readFileSync(path.join(resultsDir, file), 'utf8'));
    passed += result.numPassedTests;
    failed += result.numFailedTests + result.numRuntimeErrorTestSuites;
    suites += result.numTotalTestSuites;
  }
  return { passed, failed, suites };
}

let services;
let code = 1;
try {
  await ensureDependencies();
  fs.rmSync(resultsDir, { recursive: true, force: true });
  fs.mkdirSync(resultsDir, { recursive: true });
  services = await startServices({ rootDir, dataDir });
  console.log(`[setup] store ${services.mongoUrl}, redis ${services.redisUrl}`);
  const chromium = await ensureChromium();
  code = await nx(['run-many', '-t', 'lint', 'typecheck', 'build', 'test', '--parallel=2', '--outputStyle=stream'], {
    MONGO_URL: services.mongoUrl,
    REDIS_URL: services.redisUrl,
    ...(chromium ? { CHROMIUM_PATH: chromium } : {}),
  });
} catch (error) {
  console.error(`[setup] ${error.message}`);
} finally {
  await services?.stop();
}

const { passed, failed, suites } = summarize();
if (suites === 0) {
  console.error('no test ran');
  code ||= 1;
}
console.log(`\n${suites} suites`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(code !== 0 ? code : failed > 0 ? 1 : 0);
