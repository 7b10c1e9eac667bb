// jest transform for miniprogram_npm: tdesign-miniprogram ships ES modules (WeChat DevTools compiles
// them); jest runs CommonJS. esbuild turns one into the other, file by file, without changing the code.
const { transformSync } = require('esbuild');

module.exports = {
  process(source, filename) {
    const { code, map } = transformSync(source, {
      loader: 'js',
      format: 'cjs',
      target: 'es2020',
      sourcefile: filename,
      sourcemap: 'inline',
    });
    return { code, map };
  },
};
