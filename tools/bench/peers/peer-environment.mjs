// What a peer gateway process of `npm run bench:peers` is given: its port, the supergraph, each subgraph's URL, and
// the principal to sign every subgraph call with. Peers do no authentication and no limits of their own: the
// benchmark gives them the demo key's principal, so their subgraphs answer exactly what ours answer for that key.
import fs from 'node:fs';
import path from 'node:path';
import { principalSigner } from '../principal-headers.mjs';
import { rootDir, subgraphs } from '../../stack/workspace.mjs';

export function peerEnvironment(env = process.env) {
  const subgraphUrls = Object.fromEntries(subgraphs.map(({ name, variablePrefix }) => [name, env[`${variablePrefix}_URL`]]));
  for (const [name, url] of Object.entries(subgraphUrls)) if (!url) throw new Error(`no URL for subgraph ${name}`);
  const supergraphSdl = fs.readFileSync(path.join(rootDir, 'apps/gateway/src/supergraph.graphql'), 'utf8');
  return {
    port: Number(env.PEER_PORT),
    supergraphSdl,
    subgraphUrls,
    signed: principalSigner(env.GATEWAY_SIGNING_SECRET, JSON.parse(env.PEER_PRINCIPAL)),
  };
}

/** The supergraph with each subgraph's URL replaced by the one this run uses (for gateways that read URLs from it). */
export function supergraphWithUrls(sdl, subgraphUrls) {
  return sdl.replace(/@join__graph\(name: "([^"]+)", url: "[^"]*"\)/g, (_match, name) => `@join__graph(name: "${name}", url: "${subgraphUrls[name]}")`);
}
