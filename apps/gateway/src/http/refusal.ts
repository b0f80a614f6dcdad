import type { ServerResponse } from 'node:http';
import { sendJson } from '@fg/graphql-kit';

/** A refusal of the gateway's own REST routes, in the GraphQL error shape clients already parse. */
export function sendRefusal(res: ServerResponse, status: number, code: string, message: string): void {
  sendJson(res, status, { errors: [{ message, extensions: { code } }] });
}
