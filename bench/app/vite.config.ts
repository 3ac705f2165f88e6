import { fileURLToPath } from 'node:url';
import { mergeConfig, type Plugin } from 'vite';
import appConfig from '../../vite.config';

// The app's own build with one change: index.html loads bench/app/main.ts (the baseline audio
// path) instead of web/src/main.tsx. `npm run bench` builds it apart from the real app, so the
// baseline never reaches the production bundle.

const BASELINE_ENTRY = fileURLToPath(new URL('./main.ts', import.meta.url));

function baselineEntry(): Plugin {
  return {
    name: 'mockingbird-bench-baseline-entry',
    enforce: 'pre',
    resolveId(id, importer) {
      return id === '/src/main.tsx' && importer?.endsWith('index.html') ? BASELINE_ENTRY : undefined;
    },
  };
}

export default mergeConfig(appConfig, { plugins: [baselineEntry()] });
