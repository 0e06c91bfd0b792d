# Sourced by web/serve and tests/web/run: installs the Debian packages the WebAssembly build needs
# when (and only when) a command is missing, then builds the wasm preset.

# command -> Debian package; em++ comes with emscripten, g++ and nlohmann for the native side.
ensure_tools() {
  local missing=()
  command -v emcc >/dev/null || missing+=(emscripten)
  command -v node >/dev/null || missing+=(nodejs)
  command -v npm >/dev/null || missing+=(npm)
  command -v cmake >/dev/null || missing+=(cmake)
  command -v g++ >/dev/null || missing+=(g++)
  command -v make >/dev/null || missing+=(make)
  [ -f /usr/include/nlohmann/json.hpp ] || missing+=(nlohmann-json3-dev)
  if [ "${#missing[@]}" -gt 0 ]; then ensure_packages "${missing[@]}"; fi
  # The browser tests' Playwright needs Node 20; Debian 12's own package is Node 18. Say so plainly
  # rather than fail later inside npm or a test.
  local major
  major="$(node -p 'process.versions.node.split(".")[0]')"
  if [ "$major" -lt 20 ]; then
    echo "Node $(node --version) is too old: the web build and tests need Node 20 or later (Debian 12 ships 18: install Node 20 or later first)." >&2
    return 1
  fi
}

ensure_packages() {
  echo "Installing: $*"
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$@"
}

# Debian's Emscripten optimizer needs Node's global modules on NODE_PATH.
build_wasm() {
  export NODE_PATH="${NODE_PATH:-/usr/share/nodejs}"
  cmake --preset wasm >/dev/null
  cmake --build --preset wasm
}

# npm packages from committed lockfiles, when node_modules is missing or older than the lockfile:
# web's (what the build bundles or runs: esbuild, Closure for Emscripten's loaders, the studio's
# editor and Graphviz) and tests/web's (Playwright, axe-core and the other test tools).
ensure_node_modules() {
  local dir
  for dir in web tests/web; do
    if [ ! -f "$dir/node_modules/.package-lock.json" ] || [ "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]; then
      npm ci --prefix "$dir" --no-audit --no-fund
    fi
  done
}
