// node wasm/prerender.mjs dist/couverture.js — run after linking. Writes into couverture.js the
// engine's own output for the compiled-in ruleset with no answers (per language: the first
// question and the result without its explanation), so that the element shows the first question before the WebAssembly
// module has loaded (see EARLY in web/element.js). It is the same build's output, so it cannot
// drift from what the engine returns; the element also checks that it matches once loaded.
import {readFileSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {resolve} from 'node:path';

const file = resolve(process.argv[2]);
const {Couverture} = createRequire(import.meta.url)(file);
const engine = await Couverture.create();
const early = {};
for (const lang of engine.languages) {
  engine.lang = lang;
  // The early view shows the first question, not the explanation: leaving the explanation and
  // its quoted sources out halves what this adds to couverture.js.
  const {explanation, sources, ...result} = engine.assess({});
  early[lang] = {question: engine.questions.find((q) => q.id === result.next[0]), result};
}
engine.dispose();
const text = readFileSync(file, 'utf8');
const placeholder = /(["'])__COUVERTURE_PRERENDER__\1/g;
const found = text.match(placeholder);
if (!found || found.length !== 1) {
  console.error(`${file}: expected the prerender placeholder once, found it ${found ? found.length : 0} times`);
  process.exit(1);
}
writeFileSync(file, text.replace(placeholder, () => JSON.stringify(JSON.stringify(early))));
