#!/usr/bin/env node
// The `huanjie` command. A committed shim, so that npm links it even before the first build; the command itself
// is built into dist/ (by `npm install`'s prepare step, or `npm run build`).
try {
  await import('../dist/cli.js');
} catch (e) {
  if (e?.code === 'ERR_MODULE_NOT_FOUND' && String(e.message).includes('dist/cli.js')) {
    console.error('huanjie 尚未构建，请先运行 npm run build / huanjie is not built yet: run npm run build');
    process.exitCode = 2;
  } else {
    throw e;
  }
}
