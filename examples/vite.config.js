// `npm start`: serves the demo portal and the plain-HTML embed example on localhost, with the packages' sources
// (the `source` export condition), so a change shows on reload.
import { defaultClientConditions, defineConfig } from 'vite';

const port = Number(process.env.PORT ?? 5173);

export default defineConfig({
  root: new URL('..', import.meta.url).pathname,
  resolve: {
    conditions: ['source', ...defaultClientConditions],
    // The Vue example compiles its template in the page: Vue's build with the compiler.
    alias: { vue: 'vue/dist/vue.esm-browser.prod.js' },
  },
  server: { port, host: '127.0.0.1', open: false },
  plugins: [
    {
      name: 'huanjie-print-demo-url',
      configureServer(server) {
        server.httpServer?.once('listening', () => {
          const address = server.httpServer?.address();
          const actual = typeof address === 'object' && address ? address.port : port;
          console.log(`\n  换届演示门户 / Demo portal:   http://127.0.0.1:${actual}/examples/portal/`);
          console.log(`  纯 HTML 嵌入 / Plain embed:  http://127.0.0.1:${actual}/examples/embed/`);
          console.log(`  Vue 3 示例 / Vue 3 example:  http://127.0.0.1:${actual}/examples/vue/\n`);
        });
      },
    },
  ],
});
