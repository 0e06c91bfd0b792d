// Parts of embind's JavaScript that every module gets and this one never uses, replaced through
// --js-library (Emscripten lets a library replace a library function):
// - std::wstring, std::u16string and std::u32string, registered in every module, bring UTF-16 and
//   UTF-32 conversions both ways; the bindings pass only std::string. Registering nothing means
//   that a binding taking a wide string would fail by name when called (embind's "unbound
//   types" error), not silently.
// - init_emval puts two debugging helpers on the module (count_emval_handles, get_first_emval)
//   that nothing calls.
// Together about 0.55 KB gzipped of couverture.js (wasm/README.md, "Where the bytes go").
mergeInto(LibraryManager.library, {
  _embind_register_std_wstring: function(rawType, charSize, name) {},
  $init_emval__deps: [],
  $init_emval: function() {},
});
