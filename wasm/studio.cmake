# The rules studio (web/studio/), included from wasm/CMakeLists.txt: a second WebAssembly module,
# couverture-studio.js/.wasm, holding the authoring library (verify, table, graph, scenarios,
# diff, migrate) for the studio page alone, and the page itself (studio.html, studio.js and its
# chunks, bundled by esbuild from web/studio/ and its npm dependencies). The widget's module and
# its budget are untouched: it links couverture_core only.

set(studio_web "${web}/studio")

# The engine's two libraries, linked: couverture_core as the widget's module has it (-Oz, link-time
# optimized) and couverture_authoring, which only this module uses, compiled for speed, since
# staff open the studio and students never do (the figures are in the benchmarks page).
set(COUVERTURE_STUDIO_OPT "-O2" CACHE STRING "Optimization level of the authoring library and the studio's link")
set(studio_opt ${COUVERTURE_STUDIO_OPT})
target_compile_options(couverture_authoring PRIVATE -fno-exceptions ${studio_opt} -flto)

add_executable(couverture_studio_wasm studio_bindings.cpp)
set_target_properties(couverture_studio_wasm PROPERTIES
  OUTPUT_NAME couverture-studio
  SUFFIX ".js"
  RUNTIME_OUTPUT_DIRECTORY "${CMAKE_CURRENT_BINARY_DIR}/loader")
target_link_libraries(couverture_studio_wasm PRIVATE couverture_authoring couverture_core couverture_nlohmann)
target_compile_options(couverture_studio_wasm PRIVATE -fno-exceptions ${studio_opt})
target_link_options(couverture_studio_wasm PRIVATE
  ${studio_opt}
  -flto
  --bind
  -fno-exceptions
  -sDYNAMIC_EXECUTION=0  # a strict CSP blocks embind's new Function
  -sMODULARIZE=1
  -sEXPORT_NAME=CouvertureStudioModule
  -sENVIRONMENT=web,worker,node  # the studio page runs it in a Web Worker
  -sFILESYSTEM=0
  -sALLOW_MEMORY_GROWTH=1
  -sINCOMING_MODULE_JS_API=[wasmBinary]
  -sNODEJS_CATCH_EXIT=0
  -sNODEJS_CATCH_REJECTION=0
  -sTEXTDECODER=2
  -sSUPPORT_LONGJMP=0)

# couverture-studio.js: the loader bundled with the studio's API (web/build.mjs).
set(studio_api_sources "${CMAKE_CURRENT_SOURCE_DIR}/studio_api.js" "${CMAKE_CURRENT_SOURCE_DIR}/studio_entry.js"
    "${CMAKE_CURRENT_SOURCE_DIR}/errors.js" "${CMAKE_CURRENT_SOURCE_DIR}/module.js")
add_custom_command(
  OUTPUT "${dist}/couverture-studio.js" "${dist}/couverture-studio.wasm"
  COMMAND "${CMAKE_COMMAND}" -E copy_if_different "${loader_dir}/couverture-studio.wasm" "${dist}/couverture-studio.wasm"
  COMMAND node "${web}/build.mjs" studio "--loader=${loader_dir}/couverture-studio.js" "--outdir=${dist}" ${minify_flag}
  DEPENDS couverture_studio_wasm ${studio_api_sources} "${web}/build.mjs" "${web}/package-lock.json"
  COMMENT "Bundling couverture-studio.js (esbuild)"
  VERBATIM)
list(APPEND studio_files "${dist}/couverture-studio.js")

# The page: esbuild bundles web/studio/*.js with CodeMirror and Graphviz (web/package.json's
# lockfile, installed by web/ensure-tools.sh) into studio.js and its lazily loaded chunks.
file(GLOB studio_sources CONFIGURE_DEPENDS "${studio_web}/*.js" "${studio_web}/*.css")
add_custom_command(
  OUTPUT "${dist}/studio.js" "${dist}/studio-engine-worker.js" "${dist}/studio-layout-worker.js"
  COMMAND "${CMAKE_COMMAND}" -E remove_directory "${dist}/studio-chunks"
  COMMAND "${esbuild}" "${studio_web}/main.js" --bundle --format=esm --splitting --minify
          --target=es2020 --legal-comments=none "--outdir=${dist}" "--chunk-names=studio-chunks/[name]-[hash]"
          --entry-names=studio --log-level=warning
  # The workers, classic scripts: the engine's loads couverture-studio.js with importScripts.
  COMMAND "${esbuild}" "${studio_web}/engine-worker.js" --bundle --format=iife --minify
          --target=es2020 --legal-comments=none "--outfile=${dist}/studio-engine-worker.js" --log-level=warning
  COMMAND "${esbuild}" "${studio_web}/layout-worker.js" --bundle --format=iife --minify
          --target=es2020 --legal-comments=none "--outfile=${dist}/studio-layout-worker.js" --log-level=warning
  DEPENDS ${studio_sources} "${web}/dom.js" "${web}/package-lock.json"
  WORKING_DIRECTORY "${studio_web}"
  COMMENT "Bundling the studio page with esbuild"
  VERBATIM)
list(APPEND studio_files "${dist}/studio.js" "${dist}/studio-engine-worker.js"
     "${dist}/studio-layout-worker.js")
foreach(file studio.html studio.css)
  copy_to_dist("${studio_web}/${file}" "${file}" studio_files)
endforeach()
# The list of the rulesets it opens (dist/rules/, copied by CMakeLists.txt for the widget too),
# with their titles: rules/index.json.
add_custom_command(
  OUTPUT "${dist}/rules/index.json"
  COMMAND "${CMAKE_COMMAND}" "-DDIST=${dist}" "-DFILES=${rules_files}" "-DOUTPUT=${dist}/rules/index.json"
          -P "${CMAKE_CURRENT_SOURCE_DIR}/studio_rules_index.cmake"
  DEPENDS ${rules_files} "${CMAKE_CURRENT_SOURCE_DIR}/studio_rules_index.cmake"
  COMMENT "Listing the shipped rulesets for the studio"
  VERBATIM)
list(APPEND studio_files "${dist}/rules/index.json")
# The schema, which the studio completes from.
copy_to_dist("${PROJECT_SOURCE_DIR}/engine/ruleset.schema.json" ruleset.schema.json studio_files)
add_custom_target(couverture_studio ALL DEPENDS ${studio_files})
add_dependencies(couverture_studio couverture_studio_wasm couverture_rules)
