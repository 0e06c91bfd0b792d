# compact_ruleset(TEXT OUT): a ruleset's JSON text without its layout, for shipping (in the
# library, engine/core/embed_ruleset.cmake; in couverture.js, wasm/compact_rules.cmake). Line breaks and
# indentation go (JSON strings cannot hold a raw line break, so this is safe), and so do the
# spaces after a key's colon and between array items: inside a string a quote is always escaped,
# so a quote not preceded by a backslash ends a string and what follows it is structure.
# "$schema" is for editors of the file, not for the engine.
function(compact_ruleset text out)
  string(REGEX REPLACE "\r?\n[ \t]*" "" text "${text}")
  string(REGEX REPLACE "([^\\])\": " "\\1\":" text "${text}")
  string(REGEX REPLACE "([^\\])\", \"" "\\1\",\"" text "${text}")
  string(REGEX REPLACE "^{\"\\$schema\":\"[^\"]*\"," "{" text "${text}")
  set(${out} "${text}" PARENT_SCOPE)
endfunction()
