// The rules studio's engine in a Web Worker (see workers.js): the authoring module
// (couverture-studio.js, wasm/studio_api.js), which verifies, tabulates, draws and compares
// rulesets and gives the forms what they show, answering the page one request at a time. It reads
// the text exactly as the editor holds it: what it reports is what `couverture check` reports for
// that file.
/* global importScripts */
importScripts('couverture-studio.js');

const METHODS = {
  defaultRules: (studio) => studio.defaultRules,
  // The check and, when the ruleset loads, what the page needs of it besides.
  check(studio, text, options) {
    const report = studio.check(text, options);
    if (report.loaded) {
      report.languages = studio.languages(text);
      report.format = studio.format(text);
    }
    return report;
  },
  // Layer mode: the layer composed over the base, then checked; the views read `composed`.
  checkLayered(studio, base, text, options) {
    const report = studio.checkLayered(base, text, options);
    if (report.loaded) {
      report.languages = studio.languages(report.composed);
      report.format = studio.format(report.composed);
    }
    return report;
  },
  table: (studio, text, lang, options) => studio.table(text, lang, options),
  graph: (studio, text, lang, options) => studio.graph(text, lang, options),
  flow: (studio, text, lang, options) => studio.flow(text, lang, options),
  diff: (studio, oldText, newText, options) => studio.diff(oldText, newText, options),
  grid: (studio, text, lang, options) => studio.grid(text, lang, options),
  texts: (studio, text, lang, options) => studio.texts(text, lang, options),
  parameters: (studio, text, lang, options) => studio.parameters(text, lang, options),
  sources: (studio, text, lang) => studio.sources(text, lang),
  migrate: (studio, text) => studio.migrate(text),
};

let studio = null;

self.onmessage = async ({data: {id, method, args}}) => {
  try {
    if (!studio) studio = self.CouvertureStudio.create();
    const session = await studio;
    if (!Object.hasOwn(METHODS, method)) throw new Error(`unknown request ${method}`);
    self.postMessage({id, result: METHODS[method](session, ...args)});
  } catch (error) {
    self.postMessage({id, error: {name: error.name, message: error.message, path: error.path, detail: error.detail}});
  }
};
