// node wasm/prerender.mjs dist/couverture.js — run after linking. Writes into couverture.js the
// engine's own first question for the compiled-in ruleset with no answers, per language, so that
// the element shows it before the WebAssembly module has loaded (see EARLY in web/element.js).
// That question is all the early view shows: with no answers there is no status, no list, no
// answer yet. It is the same build's output, so it cannot drift from what the engine returns; the
// element also checks, once loaded, that the engine asks the same question in the same words.
import {readFileSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {resolve} from 'node:path';

const file = resolve(process.argv[2]);
const {Couverture} = createRequire(import.meta.url)(file);
const engine = await Couverture.create();
let early = {};
for (const lang of engine.languages) {
  engine.lang = lang;
  const result = engine.assess({});
  early[lang] = engine.questions.find((q) => q.id === result.next[0]);
  // A ruleset that decides something before any answer would need more than a question: no early view.
  if (result.status != null || result.asked.length || !early[lang]) early = null;
  if (!early) break;
}
engine.dispose();
const text = readFileSync(file, 'utf8');
const placeholder = /(["'])__COUVERTURE_PRERENDER__\1/g;
const found = text.match(placeholder);
if (!found || found.length !== 1) {
  console.error(`${file}: expected the prerender placeholder once, found it ${found ? found.length : 0} times`);
  process.exit(1);
}
// The JSON text as a single-quoted string: its many double quotes then need no escaping (smaller
// once gzipped); only backslashes and single quotes do.
const literal = `'${JSON.stringify(early).replace(/[\\']/g, (c) => `\\${c}`)}'`;
writeFileSync(file, text.replace(placeholder, () => literal));
