# cmake -DFIRST=a.js -DSECOND=b.js -P same_loader.cmake
# couverture.js carries one loader for both of the widget's modules (wasm/CMakeLists.txt): it
# instantiates either only while Emscripten writes the same loader for both, i.e. while their
# imports and exports (minified by position) are the same. Fails the build the day they are not.
file(READ "${FIRST}" first)
file(READ "${SECOND}" second)
if(NOT first STREQUAL second)
  message(FATAL_ERROR "Emscripten wrote different loaders for ${FIRST} and ${SECOND}: couverture.js "
                      "carries one, so the two modules must have the same imports and exports "
                      "(every EMSCRIPTEN_KEEPALIVE function of wasm/bindings.cpp in both)")
endif()
