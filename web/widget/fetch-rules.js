// The text of a `rules` URL, within the engine's limits: a ruleset that does not arrive within
// RULES_TIMEOUT_MS, or is larger than a ruleset may be, is refused with a message for the page's
// author; bytes that are not UTF-8 too (text() would have replaced them silently).
const RULES_TIMEOUT_MS = 15000;
// While the module (and so the engine's limits) is still loading, the text is read up to this many
// bytes, so that a ruleset is in by the time the engine can take it; past it, reading waits for
// the limits.
const EARLY_BYTES = 256 << 10;

// limits: the engine's limits, or a promise of them (the module still loading: the request goes
// out at once, and the size is judged once they are known). A layer's URL is read the same way,
// within its own limit (what = 'layer').
export async function fetchRules(url, limitsOrPromise, what = 'ruleset') {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), RULES_TIMEOUT_MS);
  try {
    // No cookies go with it: the widget stores and sends nothing about the student.
    const response = await fetch(url, {credentials: 'omit', signal: abort.signal});
    if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`.trim());
    let maxBytes = null;  // known once the limits are
    const known = Promise.resolve(limitsOrPromise).then((limits) => {
      maxBytes = what === 'layer' ? limits.layerBytes : limits.rulesetBytes;
    });
    known.catch(() => {});  // a module that fails to load is said where it is awaited
    const tooLarge = () => new Error(`larger than a ${what} may be (${maxBytes} bytes)`);
    const judge = () => {
      if (Number(response.headers.get('content-length')) > maxBytes || size > maxBytes) {
        abort.abort();
        throw tooLarge();
      }
    };
    const chunks = [];
    let size = 0;
    const reader = response.body.getReader();
    for (;;) {
      if (maxBytes === null && size >= EARLY_BYTES) await known;
      if (maxBytes !== null) judge();
      const {done, value} = await reader.read();
      if (done) break;
      size += value.length;
      chunks.push(value);
    }
    await known;
    judge();
    const bytes = new Uint8Array(size);
    let at = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, at);
      at += chunk.length;
    }
    try {
      return new TextDecoder('utf-8', {fatal: true}).decode(bytes);
    } catch {
      throw new Error('not a UTF-8 text');
    }
  } catch (error) {
    if (error.name === 'AbortError') {
      // eslint-disable-next-line preserve-caught-error -- the timeout is the whole message
      throw new Error(`no complete answer within ${RULES_TIMEOUT_MS / 1000} seconds`);
    }
    throw error;
  } finally {
    clearTimeout(timer);
  }
}
