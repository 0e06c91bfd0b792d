// The JavaScript the build ships, bundled by esbuild from ES modules (run by wasm/CMakeLists.txt
// and wasm/studio.cmake; tests/web/budget runs the widget's with other rules built in):
//
//   node web/build.mjs widget --loader L --wasm W --rules R --outdir D [--no-minify]
//     D/couverture.js (classic script) and D/couverture.mjs (ES module): Emscripten's loader L
//     (its .wasm is W), the API (wasm/api.js), the element (web/widget/), its styles, the
//     built-in ruleset R (compacted JSON) and the engine's first question for it, prerendered.
//   node web/build.mjs studio --loader L --outdir D [--no-minify]
//     D/couverture-studio.js: the studio's API (wasm/studio_api.js) over its loader L.
//
// Emscripten's loader is a CommonJS module to esbuild (its UMD export meets esbuild's `module`),
// so it defines no AMD module and no global of its own.
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {tmpdir} from 'node:os';
import {dirname, join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {parseArgs} from 'node:util';
import * as esbuild from 'esbuild';
import {minify} from 'terser';

const here = dirname(fileURLToPath(import.meta.url));
const {positionals: [what], values: args} = parseArgs({
  allowPositionals: true,
  options: {loader: {type: 'string'}, wasm: {type: 'string'}, rules: {type: 'string'}, outdir: {type: 'string'},
            'no-minify': {type: 'boolean', default: false}},
});

// The imports that are not files: the loader the link wrote, and what the build computes.
function virtualModules(values) {
  return {
    name: 'couverture',
    setup(build) {
      build.onResolve({filter: /^couverture:/}, ({path}) =>
        path === 'couverture:loader' ? {path: resolve(args.loader)} : {path, namespace: 'couverture'});
      build.onLoad({filter: /.*/, namespace: 'couverture'}, ({path}) => {
        if (!(path in values)) throw new Error(`${path}: not given to this build`);
        return {contents: `export default ${JSON.stringify(values[path])};`, loader: 'js'};
      });
      // The widget's stylesheet, minified, as the text its shadow root adopts.
      build.onLoad({filter: /\.css$/}, async ({path}) => {
        const {code} = await esbuild.transform(readFileSync(path, 'utf8'), {loader: 'css', minify: !args['no-minify']});
        return {contents: `export default ${JSON.stringify(code.trim())};`, loader: 'js'};
      });
    },
  };
}

// esbuild bundles and minifies; terser then compresses and renames further than esbuild's
// minifier alone (wasm/README.md has the bytes).
async function bundle(entry, format, outfile, values) {
  const built = await esbuild.build({
    entryPoints: [join(here, entry)],
    outfile,
    write: false,
    bundle: true,
    format,
    // Custom elements, private fields, container queries: the browsers the widget's styles need.
    target: 'es2022',
    minify: !args['no-minify'],
    legalComments: 'none',
    // The loader's Node branch reads its .wasm with these; never reached in a page.
    external: ['fs', 'path'],
    // entry-script.js and studio_entry.js export to Node's module.exports when there is one.
    logOverride: {'commonjs-variable-in-esm': 'silent'},
    logLevel: 'warning',
    plugins: [virtualModules(values)],
  });
  let {text} = built.outputFiles[0];
  if (!args['no-minify']) ({code: text} = await minify(text, {module: format === 'esm', ecma: 2020}));
  writeFileSync(outfile, text);
}

// The engine's first question for the built-in ruleset with no answers, per language, from the
// bundle itself (a first pass without it), so that the element shows it while the .wasm loads.
// That question is all the early view shows: with no answers there is no status, no list, no
// answer yet. It is the same build's output, so it cannot drift from what the engine returns;
// the element also checks, once loaded, that the engine asks the same question in the same words.
async function firstQuestion(rules) {
  const scratch = mkdtempSync(join(tmpdir(), 'couverture-build-'));
  try {
    const script = join(scratch, 'couverture.js');
    await bundle('widget/entry-script.js', 'iife', script, {'couverture:built-in-rules': rules,
                                                          'couverture:first-question': null});
    const {Couverture} = createRequire(import.meta.url)(script);
    const engine = await Couverture.create({wasmBinary: readFileSync(args.wasm)});
    let early = {};
    for (const lang of engine.languages) {
      engine.lang = lang;
      const result = engine.assess({});
      early[lang] = engine.questions.find((q) => q.id === result.next[0]);
      // A ruleset that decides something before any answer would need more than a question: none.
      if (result.status != null || result.asked.length || !early[lang]) early = null;
      if (!early) break;
    }
    engine.dispose();
    // As JSON text, parsed once by the element: smaller than the object literal once gzipped.
    return early && JSON.stringify(early);
  } finally {
    rmSync(scratch, {recursive: true, force: true});
  }
}

if (what === 'widget') {
  const rules = readFileSync(args.rules, 'utf8');
  const values = {'couverture:built-in-rules': rules, 'couverture:first-question': await firstQuestion(rules)};
  await bundle('widget/entry-script.js', 'iife', join(args.outdir, 'couverture.js'), values);
  await bundle('widget/entry-module.js', 'esm', join(args.outdir, 'couverture.mjs'), values);
} else if (what === 'studio') {
  await bundle('../wasm/studio_entry.js', 'iife', join(args.outdir, 'couverture-studio.js'), {});
} else {
  console.error('usage: node web/build.mjs widget|studio --loader FILE [--wasm FILE --rules FILE] --outdir DIR');
  process.exit(2);
}
