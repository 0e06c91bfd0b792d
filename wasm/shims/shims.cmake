# wasm/shims: replacements of parts of Emscripten's C library, each kept for the bytes it saves the
# widget (README.md here has the figures and how to measure them
# again). They replace internals of one Emscripten release, so another release fails the
# configuration until they are measured and checked again with it.
set(COUVERTURE_SHIMS_TESTED_WITH "3.1.6")
set(COUVERTURE_WASM_SHIMS "integer_snprintf;javascript_strtod" CACHE STRING
    "The shims linked into the widget's module (wasm/shims/README.md); empty for none")

if(COUVERTURE_WASM_SHIMS AND NOT EMSCRIPTEN_VERSION VERSION_EQUAL COUVERTURE_SHIMS_TESTED_WITH)
  message(FATAL_ERROR
    "wasm/shims (${COUVERTURE_WASM_SHIMS}) replace internals of Emscripten ${COUVERTURE_SHIMS_TESTED_WITH}, "
    "and this is Emscripten ${EMSCRIPTEN_VERSION}. Build without them (-DCOUVERTURE_WASM_SHIMS=), or check "
    "each against this release, measure it again as wasm/shims/README.md says, and update "
    "COUVERTURE_SHIMS_TESTED_WITH in wasm/shims/shims.cmake.")
endif()

set(shim_dir "${CMAKE_CURRENT_LIST_DIR}")
set(shim_sources "")
foreach(shim IN LISTS COUVERTURE_WASM_SHIMS)
  if(shim STREQUAL "integer_snprintf")
    list(APPEND shim_sources "${shim_dir}/integer_snprintf.cpp" "${shim_dir}/integer_format.cpp")
  elseif(shim STREQUAL "javascript_strtod")
    list(APPEND shim_sources "${shim_dir}/javascript_strtod.cpp")
  else()
    message(FATAL_ERROR "COUVERTURE_WASM_SHIMS: no shim named \"${shim}\" (see wasm/shims/README.md)")
  endif()
endforeach()

# couverture_link_shims(target): links the chosen shims into an executable's module.
function(couverture_link_shims target)
  if(shim_sources)
    target_sources(${target} PRIVATE ${shim_sources} "${shim_dir}/shim_abort.cpp")
  endif()
endfunction()
