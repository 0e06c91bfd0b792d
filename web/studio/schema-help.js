// Completion and hover help from engine/ruleset.schema.json, for CodeMirror's JSON language: the
// path under the cursor comes from CodeMirror's syntax tree, the document's values (to choose
// between format 1 and format 2, and to offer the declared languages and question ids) from
// jsonc-parser's error-tolerant parse, and the schema is walked along the path through $ref,
// allOf/anyOf/oneOf, if/then/else, properties, additionalProperties and items.
// (codemirror-json-schema was tried first: it completed top-level keys only with this 2020-12
// schema, and brought a syntax highlighter of 500 KB for its hover texts.)
import {syntaxTree} from '@codemirror/language';
import {hoverTooltip} from '@codemirror/view';
import {parse as tolerantParse} from 'jsonc-parser';
import {h} from './dom.js';

const VALUE_NODES = new Set(['Object', 'Array', 'String', 'Number', 'True', 'False', 'Null']);

// The key of a Property node, as a string.
function keyOf(state, property) {
  const name = property.getChild('PropertyName');
  if (!name) return null;
  try {
    return JSON.parse(state.sliceDoc(name.from, name.to));
  } catch {
    return state.sliceDoc(name.from + 1, name.to - 1);
  }
}

// The JSON path (keys and indexes) of a syntax node, from the document's root.
export function pathOfNode(state, node) {
  const path = [];
  for (let n = node; n && n.parent; n = n.parent) {
    const parent = n.parent;
    if (parent.name === 'Property' && n.name !== 'PropertyName') {
      const key = keyOf(state, parent);
      if (key != null) path.unshift(key);
    } else if (parent.name === 'Array' && VALUE_NODES.has(n.name)) {
      let index = 0;
      for (let c = parent.firstChild; c && c.from < n.from; c = c.nextSibling) {
        if (VALUE_NODES.has(c.name)) index++;
      }
      path.unshift(index);
    }
  }
  return path;
}

function valueAt(document, path) {
  let value = document;
  for (const segment of path) {
    if (value == null || typeof value !== 'object') return undefined;
    value = value[segment];
  }
  return value;
}

// Whether `value` passes the simple `if` schemas the ruleset schema uses (const / enum of
// properties); null when the test needs more than that (both branches are then offered).
function passes(condition, value) {
  if (!condition || !condition.properties) return null;
  if (value == null || typeof value !== 'object') return false;
  for (const [key, test] of Object.entries(condition.properties)) {
    if ('const' in test && value[key] !== test.const) return false;
    if (test.enum && !test.enum.includes(value[key])) return false;
    if (!('const' in test) && !test.enum) return null;
  }
  return true;
}

// Every schema that applies at one place, with $ref, the combinators and if/then/else resolved.
function expand(root, schema, value, out = [], depth = 0) {
  if (!schema || typeof schema !== 'object' || depth > 32 || out.includes(schema)) return out;
  out.push(schema);
  if (typeof schema.$ref === 'string' && schema.$ref.startsWith('#/')) {
    const target = schema.$ref.slice(2).split('/').reduce((s, key) => (s ? s[key] : undefined), root);
    expand(root, target, value, out, depth + 1);
  }
  for (const key of ['allOf', 'anyOf', 'oneOf']) {
    for (const part of schema[key] || []) expand(root, part, value, out, depth + 1);
  }
  if (schema.if) {
    const verdict = passes(schema.if, value);
    if (verdict !== false && schema.then) expand(root, schema.then, value, out, depth + 1);
    if (verdict !== true && schema.else) expand(root, schema.else, value, out, depth + 1);
  }
  return out;
}

// The schemas that apply at `path` in `document`.
export function schemasAt(root, document, path) {
  let here = expand(root, root, document);
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    const value = valueAt(document, path.slice(0, i + 1));
    const next = [];
    for (const schema of here) {
      if (typeof segment === 'number') {
        if (Array.isArray(schema.prefixItems) && schema.prefixItems[segment]) next.push(schema.prefixItems[segment]);
        else if (schema.items && typeof schema.items === 'object') next.push(schema.items);
      } else if (schema.properties && schema.properties[segment]) {
        next.push(schema.properties[segment]);
      } else {
        const pattern = Object.entries(schema.patternProperties || {}).find(([p]) => new RegExp(p, 'u').test(segment));
        if (pattern) next.push(pattern[1]);
        else if (schema.additionalProperties && typeof schema.additionalProperties === 'object') {
          next.push(schema.additionalProperties);
        }
      }
    }
    here = [];
    for (const schema of next) expand(root, schema, value, here);
  }
  return here;
}

const firstOf = (schemas, key) => schemas.map((s) => s[key]).find((v) => v !== undefined);

function describeType(schemas) {
  const type = firstOf(schemas, 'type');
  const values = firstOf(schemas, 'enum');
  if (values) return values.map((v) => JSON.stringify(v)).join(' | ');
  if ('const' in (schemas.find((s) => 'const' in s) || {})) return JSON.stringify(schemas.find((s) => 'const' in s).const);
  return Array.isArray(type) ? type.join(' | ') : type || '';
}

// The keys an object at `path` may have: the schema's properties, then (for a text or a
// condition) the document's declared languages or question ids.
function keyOptions(root, document, path) {
  const schemas = schemasAt(root, document, path);
  const options = new Map();
  for (const schema of schemas) {
    for (const [key, sub] of Object.entries(schema.properties || {})) {
      if (options.has(key)) continue;
      const subs = expand(root, sub, undefined);
      options.set(key, {label: key, type: 'property', detail: describeType(subs), info: firstOf(subs, 'description')});
    }
  }
  const defs = root.$defs || {};
  const isText = schemas.includes(defs.text);
  const isCondition = schemas.includes(defs.condition);
  if (isText && Array.isArray(document && document.languages)) {
    for (const tag of document.languages) {
      if (typeof tag === 'string' && !options.has(tag)) options.set(tag, {label: tag, type: 'keyword', detail: 'language'});
    }
  }
  if (isCondition && Array.isArray(document && document.questions)) {
    for (const q of document.questions) {
      if (q && typeof q.id === 'string' && !options.has(q.id)) {
        options.set(q.id, {label: q.id, type: 'variable', detail: `question (${q.type || '?'})`});
      }
    }
  }
  return [...options.values()];
}

function valueOptions(root, document, path) {
  const schemas = schemasAt(root, document, path);
  const values = new Set();
  for (const schema of schemas) {
    for (const v of schema.enum || []) values.add(JSON.stringify(v));
    if ('const' in schema) values.add(JSON.stringify(schema.const));
    if (schema.type === 'boolean') ['true', 'false'].forEach((v) => values.add(v));
  }
  return [...values].map((label) => ({label, type: 'enum'}));
}

// The innermost Object or Array around `pos`, and the text between its last separator and `pos`.
function context(state, pos) {
  let node = syntaxTree(state).resolveInner(pos, -1);
  while (node && node.name !== 'Object' && node.name !== 'Array' && node.parent) node = node.parent;
  return node;
}

export function schemaCompletion(getSchema) {
  return (completion) => {
    const schema = getSchema();
    if (!schema) return null;
    const {state, pos} = completion;
    const before = state.sliceDoc(Math.max(0, pos - 200), pos);
    const key = /[{,]\s*("?)([^"{}[\],:\s]*)$/.exec(before);
    const value = /"((?:[^"\\]|\\.)*)"\s*:\s*("?)([^"{}[\],:\s]*)$/.exec(before);
    const container = context(state, pos);
    if (!container) return null;
    const document = tolerantParse(state.doc.toString());
    const path = container.name === 'JsonText' ? [] : pathOfNode(state, container);
    if (value && container.name === 'Object') {
      const options = valueOptions(schema, document, [...path, value[1]]);
      if (!options.length) return null;
      return {from: pos - value[2].length - value[3].length, options, validFor: /^"?[\w-]*"?$/};
    }
    if (key && container.name === 'Object') {
      const existing = new Set();
      for (let c = container.firstChild; c; c = c.nextSibling) {
        if (c.name === 'Property') existing.add(keyOf(state, c));
      }
      const quoted = key[1] === '"';
      const options = keyOptions(schema, document, path)
        .filter((o) => !existing.has(o.label))
        .map((o) => ({...o, apply: quoted ? `${o.label}": ` : `"${o.label}": `}));
      if (!options.length) return null;
      // A closing quote the editor typed already is replaced with the rest.
      const after = state.sliceDoc(pos, pos + 1);
      return {from: pos - key[2].length, to: quoted && after === '"' ? pos + 1 : pos, options, validFor: /^[\w-]*$/};
    }
    return null;
  };
}

// The schema's description of the key or value under the pointer.
export function schemaHover(getSchema) {
  return hoverTooltip((view, pos, side) => {
    const schema = getSchema();
    if (!schema) return null;
    const {state} = view;
    let node = syntaxTree(state).resolveInner(pos, side);
    if (node.name !== 'PropertyName' && !VALUE_NODES.has(node.name)) return null;
    let path;
    if (node.name === 'PropertyName') {
      path = [...pathOfNode(state, node.parent.parent), keyOf(state, node.parent)];
    } else {
      path = pathOfNode(state, node);
    }
    const document = tolerantParse(state.doc.toString());
    const schemas = schemasAt(schema, document, path);
    const description = firstOf(schemas, 'description');
    const type = describeType(schemas);
    if (!description && !type) return null;
    return {
      pos: node.from, end: node.to, above: true,
      create: () => ({
        dom: h('div', {class: 'schema-hover'},
               h('code', {text: `/${path.join('/')}`}), type ? h('span', {class: 'schema-type', text: ` ${type}`}) : null,
               description ? h('p', {text: description}) : null),
      }),
    };
  });
}
