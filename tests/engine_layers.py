#!/usr/bin/env python3
"""The engine's layers, checked: nothing includes a header above it.

  core        include/ (public) < internal/ (couverture/detail/, shared with authoring and
              white-box tests) < src/ (private)
  authoring   sees core's public and internal headers, never core/src
  sources     sees core's and authoring's public headers
  cli         sees every library's public headers

Every quoted #include in engine/ is resolved against the folders its file may see; one found only
in a folder it may not see (or not at all) is a failure, printed as file:line."""
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parents[1]
ENGINE = ROOT / 'engine'
CORE_INCLUDE = ENGINE / 'core/include'
CORE_INTERNAL = ENGINE / 'core/internal'
CORE_SRC = ENGINE / 'core/src'
AUTHORING_INCLUDE = ENGINE / 'authoring/include'
AUTHORING_SRC = ENGINE / 'authoring/src'
SOURCES_INCLUDE = ENGINE / 'sources/include'
SOURCES_SRC = ENGINE / 'sources/src'
CLI = ENGINE / 'cli'
EVERY_ROOT = [CORE_INCLUDE, CORE_INTERNAL, CORE_SRC, AUTHORING_INCLUDE, AUTHORING_SRC,
              SOURCES_INCLUDE, SOURCES_SRC, CLI]

# The include folders a file in each folder may see, lowest layer first.
VISIBLE = [
    (CORE_INCLUDE, [CORE_INCLUDE]),
    (CORE_INTERNAL, [CORE_INCLUDE, CORE_INTERNAL]),
    (CORE_SRC, [CORE_INCLUDE, CORE_INTERNAL, CORE_SRC]),
    (AUTHORING_INCLUDE, [CORE_INCLUDE, AUTHORING_INCLUDE]),
    (AUTHORING_SRC, [CORE_INCLUDE, CORE_INTERNAL, AUTHORING_INCLUDE, AUTHORING_SRC]),
    (SOURCES_INCLUDE, [CORE_INCLUDE, AUTHORING_INCLUDE, SOURCES_INCLUDE]),
    (SOURCES_SRC, [CORE_INCLUDE, AUTHORING_INCLUDE, SOURCES_INCLUDE, SOURCES_SRC]),
    (CLI, [CORE_INCLUDE, AUTHORING_INCLUDE, SOURCES_INCLUDE, CLI]),
]
INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"')


def visible_roots(path):
    for folder, roots in VISIBLE:
        if folder in path.parents:
            return roots
    return None


def resolve(path, name, roots):
    """The file `#include "name"` in `path` names when its file sees `roots`, else None."""
    # A quoted include looks beside the including file first, and its folder is always visible.
    beside = (path.parent / name).resolve()
    if beside.is_file():
        return beside, any(root in beside.parents for root in roots)
    for root in roots:
        if (root / name).is_file():
            return root / name, True
    for root in EVERY_ROOT:
        if (root / name).is_file():
            return root / name, False
    return None, False


def main():
    problems = []
    files = sorted(p for p in ENGINE.rglob('*') if p.suffix in ('.cpp', '.h'))
    for path in files:
        roots = visible_roots(path)
        if roots is None:
            problems.append(f'{path.relative_to(ROOT)}: in no known layer of engine/')
            continue
        for number, line in enumerate(path.read_text(encoding='utf-8').splitlines(), 1):
            match = INCLUDE.match(line)
            if not match:
                continue
            found, allowed = resolve(path, match.group(1), roots)
            where = f'{path.relative_to(ROOT)}:{number}'
            if found is None:
                problems.append(f'{where}: "{match.group(1)}" is in no engine include folder')
            elif not allowed:
                problems.append(f'{where}: includes {found.relative_to(ROOT)}, '
                                'which its layer may not see (above it, or private to another library)')
    print(f'{len(files)} files checked')
    for problem in problems:
        print(problem)
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
