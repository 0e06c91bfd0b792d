# Writes the studio's list of the rulesets shipped in dist/rules/ (cmake -P, from studio.cmake):
# rules/index.json, [{file, id, version, title}], each title as its ruleset has it (a text in every
# language), so that the studio offers rulesets by title and never by file name. Arguments:
# -DDIST=<dist folder> -DFILES=<the dist/rules/*.json files, ;-separated> -DOUTPUT=<index.json>.
set(entries "")
foreach(file IN LISTS FILES)
  file(READ "${file}" content)
  string(JSON title ERROR_VARIABLE title_error GET "${content}" title)
  string(JSON id ERROR_VARIABLE id_error GET "${content}" id)
  string(JSON version ERROR_VARIABLE version_error GET "${content}" version)
  # A layer (engine/README.md, Layers) has no title of its own: it is listed by its id.
  string(JSON layer ERROR_VARIABLE layer_error GET "${content}" layer)
  if(title_error AND NOT layer_error AND NOT id_error)
    set(title "{\"en\": \"Layer ${id}\", \"fr\": \"Couche ${id}\"}")
    set(title_error "")
  endif()
  if(title_error OR id_error)
    message(FATAL_ERROR "${file}: no id or title to list it by")
  endif()
  # Ids and versions are short names; anything that would need escaping is left out.
  if(version_error OR NOT version MATCHES "^[A-Za-z0-9._-]*$")
    set(version "")
  endif()
  file(RELATIVE_PATH relative "${DIST}" "${file}")
  list(APPEND entries "{\"file\": \"${relative}\", \"id\": \"${id}\", \"version\": \"${version}\", \"title\": ${title}}")
endforeach()
list(JOIN entries ",\n  " body)
file(WRITE "${OUTPUT}.tmp" "[\n  ${body}\n]\n")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUTPUT}.tmp")
