#!/usr/bin/env python3
"""The WebAssembly module is built without exceptions, where each of nlohmann/json's throw sites
is an abort. The engine (core and authoring, which both builds link) may only call the parts of
nlohmann/json that cannot throw: SAX parsing, type tests before reads, and dump() with invalid
UTF-8 replaced. This check fails on any call of the throwing API in the engine's sources:
at(), get<T>(), get_to(), get_ref<T>(), value(key, default), parse(), and a dump() of a value
that may hold text without error_handler_t::replace. (The fuzzer, also built without
exceptions, is the dynamic half of the argument: an abort there is a crash.)"""
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
SOURCES = [p for folder in ('engine/core', 'engine/authoring', 'wasm')
           for p in sorted((ROOT / folder).rglob('*')) if p.suffix in ('.cpp', '.h')]
THROWING = [
    (re.compile(r'\.at\('), 'at() throws out_of_range'),
    (re.compile(r'\.get<'), 'get<T>() throws type_error'),
    (re.compile(r'\.get_to\('), 'get_to() throws type_error'),
    (re.compile(r'\.get_ref<'), 'get_ref<T>() throws type_error'),
    (re.compile(r'\bjson::parse\(|\bJson::parse\(|ordered_json::parse\('), 'parse() throws parse_error'),
    # Result<T>::value() takes no argument; nlohmann's value(key, default) always takes two.
    (re.compile(r'\.value\([^)]'), 'value(key, default) throws type_error on a non-object'),
]
# dump() of a number cannot meet invalid UTF-8: the one such call, formatting a huge number.
DUMP_OF_A_NUMBER = re.compile(r'Json\((value|number)\)\.dump\(\)')

problems = []
for path in SOURCES:
    for number, line in enumerate(path.read_text(encoding='utf-8').splitlines(), 1):
        code = line.split('//', 1)[0]
        for pattern, why in THROWING:
            if pattern.search(code):
                problems.append(f'{path.relative_to(ROOT)}:{number}: {why}: {line.strip()}')
        if '.dump(' in code and 'error_handler_t::replace' not in code and not DUMP_OF_A_NUMBER.search(code):
            problems.append(f'{path.relative_to(ROOT)}:{number}: dump() without error_handler_t::replace '
                            f'throws on invalid UTF-8: {line.strip()}')
print(f'{len(SOURCES)} files checked')
for problem in problems:
    print(problem)
sys.exit(1 if problems else 0)
