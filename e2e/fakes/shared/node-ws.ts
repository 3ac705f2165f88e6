import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type * as WsModule from 'ws';

// The `ws` package's Node implementation, whatever resolve conditions are active. Vitest runs
// this repository's tests with `--conditions browser` (vite-plugin-solid adds it), under which
// both `import 'ws'` and `require('ws')` yield ws's browser stub, which only throws. Loading the
// package's main file by path sidesteps the conditional export.
const require = createRequire(import.meta.url);
const wsMain = join(dirname(require.resolve('ws/package.json')), 'index.js');

export const nodeWs = require(wsMain) as typeof WsModule;
