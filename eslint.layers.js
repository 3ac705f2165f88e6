// @ts-check
// Import rules that keep the layers and forbid cycles, kept apart from eslint.config.js so the
// rest of the lint setup stays short. The layers, from top to bottom:
//   web: main.tsx, app/ -> features/<name>/ -> ui/ -> services/ -> lib/   (imports only go down)
//   contracts/ is a leaf anyone may import; it imports nothing of ours.
// A feature never imports another feature's files: what two features share goes down a layer
// (shared UI in ui/), or the app hands it in. The one door up is app/services.tsx, the services
// context through which features get the outside systems main.tsx chose.
import { readdirSync } from 'node:fs';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';

const WEB = 'web/src';
const features = readdirSync(new URL(`./${WEB}/features`, import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const down = (target, from, message) => ({ target, from, message });
// The entries: main.tsx (the app's) and start-app.tsx, which the bench's entry reuses.
const ENTRIES = [`${WEB}/main.tsx`, `${WEB}/start-app.tsx`];

const zones = [
  down(
    `${WEB}/lib`,
    [`${WEB}/services`, `${WEB}/ui`, `${WEB}/features`, `${WEB}/app`, ...ENTRIES],
    'lib/ is the bottom layer: it imports only lib/ and contracts/.',
  ),
  down(
    `${WEB}/services`,
    [`${WEB}/ui`, `${WEB}/features`, `${WEB}/app`, ...ENTRIES],
    'services/ may import lib/ and contracts/, never UI, a feature or the app.',
  ),
  down(
    `${WEB}/ui`,
    [`${WEB}/features`, `${WEB}/app`, ...ENTRIES],
    'ui/ is shared by the features: it may not import one, nor the app.',
  ),
  {
    target: `${WEB}/features`,
    from: `${WEB}/app`,
    except: ['./services.tsx'],
    message: 'A feature may import ui/, services/, lib/ and contracts/; from the app only the services context.',
  },
  down(`${WEB}/features`, ENTRIES, 'A feature never imports an entry.'),
  down(`${WEB}/app`, ENTRIES, 'The app is started by the entries; it never imports them.'),
  ...features.map((name) => ({
    target: `${WEB}/features/${name}`,
    from: `${WEB}/features`,
    except: [`./${name}`],
    message: `features/${name} may not import another feature's files; move what both need down a layer.`,
  })),
  down(
    'contracts',
    ['web', 'token-server', 'e2e', 'bench', 'scripts'],
    'contracts/ is a leaf: it imports nothing of ours.',
  ),
];

/** Production code keeps to its own part; tests may borrow the e2e fixtures and fakes. */
const partZones = [
  down('token-server/src', ['web', 'e2e', 'bench'], 'The server imports only its own files and contracts/.'),
  down(WEB, ['token-server', 'e2e', 'bench'], 'The app imports only its own files and contracts/.'),
];

const PARTS = [`${WEB}`, 'contracts', 'token-server/src'];
const TESTS = PARTS.flatMap((part) => [`${part}/**/*.test.ts`, `${part}/**/testing/**`]);

const plugin = {
  plugins: { 'import-x': importX },
  settings: {
    // Without the extensions and the parser the rules skip .ts files, and find no cycle at all.
    'import-x/extensions': ['.ts', '.tsx', '.js'],
    'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })],
  },
};

export const layerRules = [
  {
    ...plugin,
    files: PARTS.map((part) => `${part}/**/*.{ts,tsx}`),
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': ['error', { zones: [...zones, ...partZones] }],
    },
  },
  {
    ...plugin,
    files: TESTS,
    rules: { 'import-x/no-restricted-paths': ['error', { zones }] },
  },
];
