// Completion and hover help from engine/ruleset.schema.json, for CodeMirror's JSON language. Where
// the cursor is (the JSON path, a key or a value) comes from jsonc-parser's getLocation, which
// reads half-typed JSON as it stands (an open string, a missing colon); the document's values
// (to choose between format 1 and format 2, and to offer the declared languages and question
// ids) from its error-tolerant parse. The schema is then walked along the path through $ref,
// allOf/anyOf/oneOf, if/then/else, properties, additionalProperties and items.
// (codemirror-json-schema was tried first: it completed top-level keys only with this 2020-12
// schema, and brought a syntax highlighter of 500 KB for its hover texts.)
import {syntaxTree} from '@codemirror/language';
import {hoverTooltip} from '@codemirror/view';
import {getLocation, parse as tolerantParse} from 'jsonc-parser';
import {h} from '../dom.js';

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
  // A question's test in a condition: its options, or yes and no.
  const parent = schemasAt(root, document, path.slice(0, -1));
  const question = Array.isArray(document && document.questions) &&
      document.questions.find((q) => q && q.id === path[path.length - 1]);
  if (question && parent.includes((root.$defs || {}).condition)) {
    if (question.type === 'boolean') ['true', 'false'].forEach((v) => values.add(v));
    for (const option of Array.isArray(question.options) ? question.options : []) {
      if (option && typeof option.id === 'string') values.add(JSON.stringify(option.id));
    }
  }
  for (const schema of schemas) {
    for (const v of schema.enum || []) values.add(JSON.stringify(v));
    if ('const' in schema) values.add(JSON.stringify(schema.const));
    if (schema.type === 'boolean') ['true', 'false'].forEach((v) => values.add(v));
  }
  return [...values].map((label) => ({label, type: 'enum'}));
}

// The keys already in the object at `path`, as the tolerant parse reads them.
function keysAt(document, path) {
  const value = valueAt(document, path);
  return new Set(value && typeof value === 'object' && !Array.isArray(value) ? Object.keys(value) : []);
}

// Applies a completion, replacing also the closing quote the editor typed after the cursor (it
// cannot be part of the completed range: the options would then be filtered against it).
function insert(text, quoted) {
  return (view, completion, from, to) => {
    const end = quoted && view.state.sliceDoc(to, to + 1) === '"' ? to + 1 : to;
    view.dispatch({changes: {from, to: end, insert: text}, selection: {anchor: from + text.length}, userEvent: 'input.complete'});
  };
}

export function schemaCompletion(getSchema) {
  return (completion) => {
    const schema = getSchema();
    if (!schema) return null;
    const {state, pos} = completion;
    const text = state.doc.toString();
    const location = getLocation(text, pos);
    const before = state.sliceDoc(Math.max(0, pos - 200), pos);
    const document = tolerantParse(text);
    if (location.isAtPropertyKey) {
      const word = /("?)([^"{}[\],:\s]*)$/.exec(before);
      const path = location.path.slice(0, -1);
      const existing = keysAt(document, path);
      const quoted = word[1] === '"';
      const options = keyOptions(schema, document, path)
        .filter((o) => !existing.has(o.label))
        .map((o) => ({...o, apply: insert(quoted ? `${o.label}": ` : `"${o.label}": `, quoted)}));
      if (!options.length) return null;
      return {from: pos - word[2].length, options, validFor: /^[\w-]*$/};
    }
    const value = /[:[,]\s*("?[^"{}[\],:\s]*)$/.exec(before);
    if (!value) return null;
    const quoted = value[1].startsWith('"');
    const options = valueOptions(schema, document, location.path)
      .map((o) => ({...o, apply: insert(o.label, quoted)}));
    if (!options.length) return null;
    return {from: pos - value[1].length, options, validFor: /^"?[\w-]*"?$/};
  };
}

// The schema's description of the key or value under the pointer.
export function schemaHover(getSchema) {
  return hoverTooltip((view, pos, side) => {
    const schema = getSchema();
    if (!schema) return null;
    const {state} = view;
    const node = syntaxTree(state).resolveInner(pos, side);
    if (!['PropertyName', 'String', 'Number', 'True', 'False', 'Null'].includes(node.name)) return null;
    const text = state.doc.toString();
    const {path} = getLocation(text, node.name === 'PropertyName' ? node.from + 1 : pos);
    const schemas = schemasAt(schema, tolerantParse(text), path);
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
