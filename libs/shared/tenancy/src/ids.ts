import { randomBytes } from 'node:crypto';

/** 22 URL-safe characters from 128 random bits: the length and alphabet of the reference API's identifiers. */
export function newId(): string {
  return randomBytes(16).toString('base64url');
}
