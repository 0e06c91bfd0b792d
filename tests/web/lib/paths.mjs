// Where the tests find the builds. COUVERTURE_ROOT lets them run against another checkout.
import {dirname, join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';

export const ROOT = resolve(process.env.COUVERTURE_ROOT || join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..'));
export const DIST = join(ROOT, 'build', 'wasm', 'dist');
export const CLI = join(ROOT, 'build', 'native', 'engine', 'cli', 'couverture');
export const SCENARIOS = join(ROOT, 'tests', 'scenarios');
export const FIXTURES = join(ROOT, 'tests', 'web', 'fixtures');
export const ARTIFACTS = join(ROOT, 'build', 'web-test-artifacts');
