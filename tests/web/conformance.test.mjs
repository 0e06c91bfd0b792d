// The JSON conformance table (tests/conformance/json-documents.json) through the WebAssembly API,
// with the same verdicts as the engine's readers (tests/core/json_conformance_test.cpp) and the
// same error line as the native CLI (tests/cli/cli_test.cpp runs the table through it too).
//
// A JavaScript string cannot hold bytes that are not UTF-8: a page gets such a document only as
// bytes, which the widget decodes with a fatal TextDecoder before the engine sees them (see
// web/fetch-rules.js). Those rows are checked on that path: the decoder refuses them, as the
// engine's reader does natively.
//
// The module reads a number with a fraction or an exponent through the JavaScript engine's
// conversion (wasm/javascript_strtod.cpp), the native build through the C library's: a property
// test holds it to correct rounding on every way JSON can write a double.
import assert from 'node:assert/strict';
import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import test from 'node:test';
import fc from 'fast-check';
import {Couverture} from './lib/engine.mjs';
import {CLI, ROOT} from './lib/paths.mjs';
import {cliAssess} from './lib/scenarios.mjs';

const table = JSON.parse(readFileSync(join(ROOT, 'tests', 'conformance', 'json-documents.json'), 'utf8'));
const READER_ERRORS = ['malformed JSON', 'number out of range', 'duplicate key', 'nests deeper than'];
const DATE = '2026-11-27';
// The university page's ruleset, whose questions the table's documents answer (age, stay_months...).
const PAGE = 'engine/rulesets/university-page-before-2018.json';
const pageRules = readFileSync(join(ROOT, PAGE), 'utf8');

// Exact arithmetic for the number oracle: values as BigInt fractions [numerator, denominator].
function decimalFraction(text) {
  const [mantissa, exponent] = text.split('e');
  const [whole, fraction = ''] = mantissa.split('.');
  const digits = BigInt(whole + fraction);
  const power = Number(exponent) - fraction.length;
  return power >= 0 ? [digits * 10n ** BigInt(power), 1n] : [digits, 10n ** BigInt(-power)];
}
const bitsView = new DataView(new ArrayBuffer(8));
const bitsOf = (x) => (bitsView.setFloat64(0, x), bitsView.getBigUint64(0));
const doubleOf = (bits) => (bitsView.setBigUint64(0, bits), bitsView.getFloat64(0));
function doubleFraction(x) {
  if (x === Infinity) return [2n ** 1024n, 1n];  // where rounding up from the largest double goes
  const bits = bitsOf(x);
  const biased = Number(bits >> 52n);
  const mantissa = (bits & ((1n << 52n) - 1n)) | (biased ? 1n << 52n : 0n);
  const power = biased ? biased - 1075 : -1074;
  return power >= 0 ? [mantissa << BigInt(power), 1n] : [mantissa, 1n << BigInt(-power)];
}
const less = ([a, b], [c, d]) => a * d < c * b;
const distance = ([a, b], [c, d]) => {
  const n = a * d - c * b;
  return [n < 0n ? -n : n, b * d];
};
const HALF_MIN_SUBNORMAL = [1n, 2n ** 1075n];
const OVERFLOW = [2n ** 1024n - 2n ** 970n, 1n];  // halfway from the largest double to 2^1024
// Whether the double `x` (finite, >= 0) is the one nearest to `exact`, ties to an even mantissa.
function nearest(x, exact) {
  const own = distance(doubleFraction(x), exact);
  const neighbours = [doubleOf(bitsOf(x) + 1n)];
  if (x > 0) neighbours.push(doubleOf(bitsOf(x) - 1n));
  return neighbours.every((y) => {
    const other = distance(doubleFraction(y), exact);
    if (less(other, own)) return false;
    return less(own, other) || (bitsOf(x) & 1n) === 0n;
  });
}

const bytesOf = (row) => (row.hex ? Buffer.from(row.hex, 'hex') : Buffer.from(row.text, 'utf8'));

test('the conformance table: the API gives every row its verdict, and the CLI\'s error line', {skip: !existsSync(CLI) && `no native CLI at ${CLI}`}, async () => {
  const engine = await Couverture.create({rules: pageRules, date: DATE});
  let decoded = 0, refusedAsBytes = 0;
  assert.ok(table.documents.length >= 50);
  for (const row of table.documents) {
    const bytes = bytesOf(row);
    const native = cliAssess(bytes, 'en', {rules: PAGE, date: DATE});
    let text;
    try {
      text = new TextDecoder('utf-8', {fatal: true, ignoreBOM: true}).decode(bytes);
    } catch {
      // Not UTF-8: refused before the engine, as the native reader refuses it.
      assert.equal(row.verdict, 'reject', `${row.name}: the decoder refused a document the table accepts`);
      assert.ok(native.error && native.error.includes(row.error), `${row.name}: CLI "${native.error}"`);
      refusedAsBytes++;
      continue;
    }
    decoded++;
    let result = null, error = null;
    try {
      result = engine.assess(text);
    } catch (e) {
      error = e;
    }
    if (error) {
      assert.ok(error instanceof Error, `${row.name}: an Error, not ${typeof error}`);
      assert.ok(!error.message.includes('\n'), `${row.name}: one line`);
    }
    const readerRefused = !!error && READER_ERRORS.some((r) => error.message.includes(r));
    assert.equal(readerRefused ? 'reject' : 'accept', row.verdict, `${row.name}: ${error && error.message}`);
    if (row.verdict === 'reject') {
      assert.ok(error.message.includes(row.error), `${row.name}: "${error.message}" lacks "${row.error}"`);
    }
    // The same verdict, and the same words, on both sides.
    if (error) {
      assert.ok(native.error && native.error.endsWith(error.message),
                `${row.name}: CLI "${native.error}" vs wasm "${error.message}"`);
    } else {
      assert.ok(native.result, `${row.name}: the CLI refused what the API accepted: ${native.error}`);
      assert.equal(JSON.stringify(result.asked), JSON.stringify(native.result.asked), row.name);
      assert.equal(result.status, native.result.status, row.name);
    }
    for (const [field, value] of Object.entries(row.expect || {})) {
      assert.deepEqual(result[field], value, `${row.name}: ${field}`);
    }
  }
  assert.ok(decoded >= 40 && refusedAsBytes >= 3, `${decoded} decoded, ${refusedAsBytes} refused as bytes`);
});

test('property: every double, however JSON writes it, reads back exactly (a link carries the value read)', async () => {
  const engine = await Couverture.create({rules: pageRules, date: DATE});
  const valueInLink = (json) => Number(new URLSearchParams(engine.linkFor(json)).get('stay_months'));
  const trailingZeros = (text) => (/^[0-9]*[.][0-9]*$/.test(text) ? `${text}000` : text);
  const spellings = (x) => [
    String(x), x.toPrecision(17), x.toExponential(), x.toExponential(20).toUpperCase(),
    x.toExponential(16).replace('e+', 'e'), trailingZeros(x.toPrecision(17)), `${x.toExponential(18)}`.replace(/e([+-])/, 'e$10')];
  // Doubles across the whole exponent range, each read back exactly from every spelling.
  fc.assert(fc.property(fc.double({min: 0, max: 1e300, noNaN: true}), (x) => {
    for (const text of spellings(x)) {
      assert.equal(valueInLink(`{"stay_months": ${text}}`), x, text);
    }
  }), {numRuns: 2000, seed: 20261127});
  // Decimal strings of up to 40 digits: the double read is the nearest to the decimal's exact
  // value (ties to even), checked in exact arithmetic, not against JavaScript's own Number().
  const digits = fc.tuple(fc.stringOf(fc.constantFrom(...'0123456789'), {minLength: 1, maxLength: 20}),
                          fc.stringOf(fc.constantFrom(...'0123456789'), {maxLength: 20}), fc.integer({min: -345, max: 310}))
      .map(([whole, fraction, exponent]) => `${whole.replace(/^0+(?=.)/, '')}${fraction ? `.${fraction}` : ''}e${exponent}`);
  fc.assert(fc.property(digits, (text) => {
    const exact = decimalFraction(text);
    let read;
    try {
      read = valueInLink(`{"stay_months": ${text}}`);
    } catch (error) {
      assert.match(error.message, /out of range/, text);
      // Only a value that rounds to zero (at most half the smallest subnormal) or to infinity.
      assert.ok(exact[0] > 0n && (!less(HALF_MIN_SUBNORMAL, exact)) || !less(exact, OVERFLOW), text);
      return;
    }
    assert.ok(nearest(read, exact), `${text} read as ${read}`);
  }), {numRuns: 3000, seed: 20261127});
  engine.dispose();
});
