export {
  testServices,
  testDatabase,
  testRedis,
  uniqueName,
  type TestServices,
  type TestDatabase,
  type TestRedis,
} from './test-services';
export { TEST_SIGNING_SECRET, signedHeaders, testPrincipal } from './signed-headers';
