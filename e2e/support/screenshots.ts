import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// Where the specs write their screenshots. An ordinary run writes to e2e/.out/screenshots/
// (git-ignored), so running the tests never dirties the tree; `UPDATE_SCREENSHOTS=1` writes the
// committed ones in e2e/screenshots/ that the README shows. Ends with a slash.

const COMMITTED = fileURLToPath(new URL('../screenshots/', import.meta.url));
const SCRATCH = fileURLToPath(new URL('../.out/screenshots/', import.meta.url));

export const SCREENSHOTS = process.env.UPDATE_SCREENSHOTS === '1' ? COMMITTED : SCRATCH;

mkdirSync(SCREENSHOTS, { recursive: true });
