export { generateSecret, hashSecret, verifySecret } from './hashed-secret';
