import { generateSecret } from '@fg/hashed-secrets';

/** A new source's collection token: shown once at creation; only its hash is stored, as for API keys. */
export const newCollectionToken = (): string => generateSecret();
