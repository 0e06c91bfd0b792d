# cmake -DOUTPUT=post.js -DSCRIPTS="a.js|b.js" -DSTYLES=widget.css -DRULES=default.json -P bundle.cmake
# Builds the script that Emscripten appends after its loader (--extern-post-js), so that one
# couverture.js holds the loader, the JavaScript API, the element, its styles and the default
# ruleset: one request. Everything goes inside one function scope; only `Couverture` is exported
# (see export.js).
include("${CMAKE_CURRENT_LIST_DIR}/../engine/core/compact_ruleset.cmake")
file(READ "${STYLES}" css)
# Comments and layout whitespace are for people, not for the download.
string(REGEX REPLACE "/\\*([^*]|\\*+[^*/])*\\*+/" "" css "${css}")
string(REGEX REPLACE "[ \t\r\n]+" " " css "${css}")
string(REGEX REPLACE " ?([{};,>]) ?" "\\1" css "${css}")
string(REGEX REPLACE ": " ":" css "${css}")
# The stylesheet becomes a template literal: escape what a template literal interprets.
string(REPLACE "\\" "\\\\" css "${css}")
string(REPLACE "`" "\\`" css "${css}")
string(REPLACE "\${" "\\\${" css "${css}")
string(REPLACE "|" ";" SCRIPTS "${SCRIPTS}")
set(body "")
foreach(script IN LISTS SCRIPTS)
  file(READ "${script}" text)
  get_filename_component(name "${script}" NAME)
  string(APPEND body "// ---- ${name}\n${text}\n")
endforeach()
# The default ruleset's text, compacted, as DEFAULT_RULES (wasm/api.js passes it to the engine).
# It comes last, a `var` (read only once the script has run). Measured: the two files gzip 0.76 KB
# smaller with the JSON here than with it in couverture.wasm, and smallest with it at the end.
file(READ "${RULES}" rules)
compact_ruleset("${rules}" rules)
string(REPLACE "\\" "\\\\" rules "${rules}")
string(REPLACE "'" "\\'" rules "${rules}")
string(APPEND body "// ---- the default ruleset\nvar DEFAULT_RULES = '${rules}';\n")
file(WRITE "${OUTPUT}.tmp" "(function () {\n'use strict';\nconst STYLES = `${css}`;\n${body}})();\n")
# Only touch the output when it changed, so that an unchanged bundle does not relink.
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
