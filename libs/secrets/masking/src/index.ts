export { SECRET_MASK, maskSecretValues } from './mask-secret-values';
