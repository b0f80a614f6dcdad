// Lua scripts are imported as their text: esbuild's text loader in the bundles, tools/jest/text-transform.cjs in tests.
declare module '*.lua' {
  const text: string;
  export default text;
}
