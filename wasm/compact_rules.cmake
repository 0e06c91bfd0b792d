# cmake -DINPUT=rules.json -DOUTPUT=rules.compact.json -P compact_rules.cmake
# The built-in ruleset as couverture.js carries it: compacted as the engine library's copy is
# (engine/core/compact_ruleset.cmake), its text otherwise unchanged. Written only when it changed.
include("${CMAKE_CURRENT_LIST_DIR}/../engine/core/compact_ruleset.cmake")
file(READ "${INPUT}" rules)
compact_ruleset("${rules}" rules)
file(WRITE "${OUTPUT}.tmp" "${rules}")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUTPUT}.tmp")
