// The errors both JavaScript APIs throw (api.js for the widget, studio_api.js for the studio): an
// Error whose message is the engine's one line naming the path, with `path` (a JSON pointer) and
// `detail` (the message alone), for a page to show next to the field it names.

export function couvertureError(path, detail, message = path ? `${path}: ${detail}` : detail) {
  const error = new Error(message);
  error.name = 'CouvertureError';
  error.path = path;
  error.detail = detail;
  return error;
}

// The module's last failure (wasm/binding_helpers.h: LastError), as an Error.
export function engineError(native) {
  return couvertureError(native.errorPath(), native.errorMessage(), native.error());
}

// "an object", "a string", "null": what a caller gave, in a message.
export function describe(value) {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  const type = typeof value;
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

// A date as the engine reads dates, YYYY-MM-DD, in local time (today by default).
export function isoDate(date = new Date()) {
  const pad = (n) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
