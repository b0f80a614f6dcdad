import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'graphql';
import { DateTimeScalar } from '@fg/graphql-kit';
import { PipelineRepository } from '@fg/pipelines-workflows-executions/data-access';
import type { SubgraphModule } from '@fg/subgraph-server';
import type { PipelinesContext } from './context';
import { pipelineResolvers } from './pipeline/pipeline.resolver';
import { PipelineService } from './pipeline/pipeline.service';

export const SUBGRAPH_NAME = 'pipelines-workflows-executions';

// The build copies schema.graphql next to the bundle, so this path holds in source and in dist alike.
export const typeDefs = parse(readFileSync(join(__dirname, 'schema.graphql'), 'utf8'));

export const pipelinesSubgraph: SubgraphModule<PipelinesContext> = {
  name: SUBGRAPH_NAME,
  define(connection) {
    const repository = new PipelineRepository(connection);
    return {
      name: SUBGRAPH_NAME,
      typeDefs,
      resolvers: { DateTime: DateTimeScalar, ...pipelineResolvers },
      createContext: (identity) => ({ identity, pipelines: new PipelineService(repository, identity) }),
    };
  },
};
