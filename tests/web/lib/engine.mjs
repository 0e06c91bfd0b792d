// The built couverture.js loaded in Node, as a page author's Node script would.
import {existsSync} from 'node:fs';
import {createRequire} from 'node:module';
import {join} from 'node:path';
import {DIST} from './paths.mjs';

const bundle = join(DIST, 'couverture.js');
if (!existsSync(bundle)) throw new Error(`${bundle} is missing: build the wasm preset first (tests/web/run does)`);
export const {Couverture} = createRequire(import.meta.url)(bundle);
