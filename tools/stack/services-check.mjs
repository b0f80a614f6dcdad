#!/usr/bin/env node
// Brings up the backing services, prints their URLs, and holds them until
// Ctrl-C or SIGTERM: a quick way to see that startServices works on a machine
// and to keep Redis/Mongo up while poking at them by hand.

import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServices } from './services.mjs';

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

let services;
try {
  services = await startServices({ rootDir });
} catch (err) {
  console.error(`services-check: ${err.message}`);
  process.exit(1);
}

console.log(`REDIS_URL=${services.redisUrl}`);
console.log(`MONGO_URL=${services.mongoUrl}`);
console.log(`started: ${services.started.join(', ') || 'nothing (all reused)'}`);
console.log('up; Ctrl-C or SIGTERM to stop');

let stopping = false;
async function shutdown(signal) {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: stopping services…`);
  await services.stop();
  console.log('stopped');
  process.exit(0);
}
process.on('SIGINT', () => shutdown('SIGINT'));
process.on('SIGTERM', () => shutdown('SIGTERM'));

// Keeps the event loop alive: the children's pipes alone would not when every
// service was reused.
setInterval(() => {}, 1 << 30);
