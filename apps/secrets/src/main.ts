import { runSubgraph } from '@fg/subgraph-server';
import { runMasterKeyRotation } from './master-key/rotate-master-key.command';
import { secretsSubgraph } from './subgraph';

// `main.js rotate-master-key` (npm run secrets:rotate-master-key) runs the rotation once and exits; no argument serves.
if (process.argv[2] === 'rotate-master-key') {
  runMasterKeyRotation();
} else {
  runSubgraph(secretsSubgraph());
}
