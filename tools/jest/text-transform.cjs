// Jest's counterpart of esbuild's text loader: a module whose export is the file's text (the Lua scripts).
module.exports = {
  process(src) {
    return { code: `module.exports = ${JSON.stringify(src)};` };
  },
};
