import { runSubgraphProcess } from '@fg/subgraph-server';
import { loadEnvironment } from './environment';
import { runMasterKeyRotation } from './master-key/rotate-master-key.command';
import { createSecretsSubgraph } from './subgraph';

// `main.js rotate-master-key` (npm run secrets:rotate-master-key) runs the rotation once and exits; no argument serves.
if (process.argv[2] === 'rotate-master-key') {
  runMasterKeyRotation();
} else {
  const environment = loadEnvironment();
  runSubgraphProcess(createSecretsSubgraph(environment), environment);
}
