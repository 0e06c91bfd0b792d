# cmake -DINPUT=dist/couverture.js -DOUTPUT=dist/couverture.mjs -P esm.cmake
# couverture.mjs: the same script as an ES module, for bundlers (the npm package's `import`) and
# <script type="module">. The .wasm is named with new URL('./couverture.wasm', import.meta.url),
# the form Vite, webpack and Rollup follow to copy the file and rewrite its address; the API reads
# it as COUVERTURE_WASM_URL and hands itself back through COUVERTURE_EXPORTS (see export.js).
file(READ "${INPUT}" text)
file(WRITE "${OUTPUT}.tmp"
  "const COUVERTURE_WASM_URL = new URL('./couverture.wasm', import.meta.url).href;\n"
  "const COUVERTURE_EXPORTS = {};\n")
file(APPEND "${OUTPUT}.tmp" "${text}")
file(APPEND "${OUTPUT}.tmp"
  "\nexport const Couverture = COUVERTURE_EXPORTS.Couverture;\nexport default Couverture;\n")
file(RENAME "${OUTPUT}.tmp" "${OUTPUT}")
