# The rules studio (web/studio/), included from wasm/CMakeLists.txt: a second WebAssembly module,
# couverture-studio.js/.wasm, holding the authoring library (verify, table, graph, scenarios,
# diff, migrate) for the studio page alone, and the page itself (studio.html, studio.js and its
# chunks, bundled by esbuild from web/studio/ and its npm dependencies). The widget's module and
# its budget are untouched: it still links couverture_core only.

set(studio_web "${web}/studio")

# Speed matters more than bytes here (staff open the studio, students never do): the engine is
# compiled again for this module at COUVERTURE_STUDIO_OPT, apart from the widget's -Oz objects.
set(COUVERTURE_STUDIO_OPT "-O2" CACHE STRING "Optimization level of the studio's module (see wasm/README.md)")
set(studio_opt ${COUVERTURE_STUDIO_OPT})

# The engine's two libraries, compiled again from the same sources with the studio's flags.
set(studio_engine_sources "")
foreach(library couverture_core couverture_authoring)
  get_target_property(sources ${library} SOURCES)
  get_target_property(source_dir ${library} SOURCE_DIR)
  foreach(source IN LISTS sources)
    if(NOT IS_ABSOLUTE "${source}")
      set(source "${source_dir}/${source}")
    endif()
    list(APPEND studio_engine_sources "${source}")
  endforeach()
endforeach()
add_library(couverture_studio_engine STATIC ${studio_engine_sources})
target_include_directories(couverture_studio_engine
  PUBLIC "${PROJECT_SOURCE_DIR}/engine/core/include" "${PROJECT_SOURCE_DIR}/engine/authoring/include"
  PRIVATE "${PROJECT_SOURCE_DIR}/engine/core/src" "${PROJECT_SOURCE_DIR}/engine/authoring/src")
target_link_libraries(couverture_studio_engine PUBLIC couverture_nlohmann)
target_compile_features(couverture_studio_engine PUBLIC cxx_std_17)
target_compile_options(couverture_studio_engine PRIVATE -fno-exceptions ${studio_opt})
# The compiled-in ruleset is generated in engine/core: generate it before compiling the copy.
add_dependencies(couverture_studio_engine couverture_core)

# The post-js bundle: the studio's JavaScript API and its export (no element, no stylesheet).
set(studio_post_scripts "${CMAKE_CURRENT_SOURCE_DIR}/studio_api.js" "${CMAKE_CURRENT_SOURCE_DIR}/studio_export.js")
set(studio_post_js "${CMAKE_CURRENT_BINARY_DIR}/couverture-studio-post.js")
string(REPLACE ";" "|" studio_post_arg "${studio_post_scripts}")
file(WRITE "${CMAKE_CURRENT_BINARY_DIR}/no-styles.css" "")
add_custom_command(
  OUTPUT "${studio_post_js}"
  COMMAND "${CMAKE_COMMAND}" "-DOUTPUT=${studio_post_js}" "-DSCRIPTS=${studio_post_arg}"
          "-DSTYLES=${CMAKE_CURRENT_BINARY_DIR}/no-styles.css" -P "${CMAKE_CURRENT_SOURCE_DIR}/bundle.cmake"
  DEPENDS ${studio_post_scripts} "${CMAKE_CURRENT_SOURCE_DIR}/bundle.cmake"
  COMMENT "Bundling the studio's JavaScript API"
  VERBATIM)
add_custom_target(couverture_studio_post_js DEPENDS "${studio_post_js}")

add_executable(couverture_studio_wasm studio_bindings.cpp)
set_target_properties(couverture_studio_wasm PROPERTIES
  OUTPUT_NAME couverture-studio
  SUFFIX ".js"
  RUNTIME_OUTPUT_DIRECTORY "${dist}")
add_dependencies(couverture_studio_wasm couverture_studio_post_js)
target_link_libraries(couverture_studio_wasm PRIVATE couverture_studio_engine)
target_compile_options(couverture_studio_wasm PRIVATE -fno-exceptions ${studio_opt})
target_link_options(couverture_studio_wasm PRIVATE
  ${studio_opt}
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
  -sSUPPORT_LONGJMP=0
  "SHELL:--extern-post-js ${studio_post_js}")
set_property(TARGET couverture_studio_wasm APPEND PROPERTY LINK_DEPENDS "${studio_post_js}")

# The page: esbuild bundles web/studio/*.js with CodeMirror and Graphviz (web/studio's lockfile,
# installed by web/ensure-tools.sh) into studio.js and its lazily loaded chunks.
set(studio_node_modules "${studio_web}/node_modules")
set(esbuild "${studio_node_modules}/.bin/esbuild")
file(GLOB studio_sources CONFIGURE_DEPENDS "${studio_web}/*.js" "${studio_web}/*.css")
if(EXISTS "${esbuild}")
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
    DEPENDS ${studio_sources} "${studio_web}/package-lock.json"
    WORKING_DIRECTORY "${studio_web}"
    COMMENT "Bundling the studio page with esbuild"
    VERBATIM)
  list(APPEND studio_files "${dist}/studio.js" "${dist}/studio-engine-worker.js"
       "${dist}/studio-layout-worker.js")
else()
  message(WARNING "esbuild not found (run: npm ci --prefix web/studio): the rules studio is not built")
endif()
foreach(file studio.html studio.css)
  copy_to_dist("${studio_web}/${file}" "${file}" studio_files)
endforeach()
# The schema, which the studio completes from (the rulesets it opens are dist/rules/, made by
# CMakeLists.txt for the widget too).
copy_to_dist("${PROJECT_SOURCE_DIR}/engine/ruleset.schema.json" ruleset.schema.json studio_files)
add_custom_target(couverture_studio ALL DEPENDS ${studio_files})
add_dependencies(couverture_studio couverture_studio_wasm couverture_rules)
