# cmake -DFILE=dist/couverture.js -P drop_loader_export.cmake
# Emscripten ends a MODULARIZE loader with a UMD export of the loader function itself: CommonJS,
# else AMD's define(), else exports. couverture.js exports the API instead (export.js), and the
# AMD branch is harmful: on a page that runs RequireJS (Moodle, for one), an anonymous define()
# from a plain <script> is RequireJS's "Mismatched anonymous define() module" error. So the export
# goes, checked to be there exactly once so that an Emscripten that writes it differently fails
# the build here instead of shipping it.
file(READ "${FILE}" text)
set(export "if (typeof exports === 'object' && typeof module === 'object')
  module.exports = CouvertureModule;
else if (typeof define === 'function' && define['amd'])
  define([], function() { return CouvertureModule; });
else if (typeof exports === 'object')
  exports[\"CouvertureModule\"] = CouvertureModule;
")
string(FIND "${text}" "${export}" first)
string(FIND "${text}" "${export}" last REVERSE)
if(first EQUAL -1 OR NOT first EQUAL last)
  message(FATAL_ERROR "${FILE}: expected Emscripten's UMD export of CouvertureModule once")
endif()
string(REPLACE "${export}" "" text "${text}")
file(WRITE "${FILE}" "${text}")
