import { createHash, randomBytes } from 'node:crypto';

/** 256 random bits; only the SHA-256 is stored, as for API keys. */
export const newCollectionToken = (): string => randomBytes(32).toString('base64url');

export const hashCollectionToken = (token: string): string => createHash('sha256').update(token, 'utf8').digest('hex');
