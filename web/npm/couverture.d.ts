// Types for couverture-check: the JavaScript API (Couverture.create -> engine), the result object
// the engine returns (engine/README.md#the-result-format), and the <couverture-check> element.

/** Answers keyed by question id; null or absent is "unanswered". */
export type Answers = Record<string, string | number | boolean | null>;

export interface CreateOptions {
  /** A ruleset object or its JSON text; default: the built-in ruleset, which couverture.js carries. */
  rules?: object | string;
  /** Language of the texts: any tag naming one of the ruleset's languages ("fr-CA" finds "fr"). */
  lang?: string;
  /** The date assessments are made at, YYYY-MM-DD or a Date; default: today. */
  date?: string | Date;
  /** The .wasm bytes, instead of loading the file. */
  wasmBinary?: ArrayBuffer | Uint8Array;
  /** Where couverture.wasm is (relative to the page; a file path in Node); default: beside the script. */
  wasmUrl?: string | URL;
  /** A university's layer over the rules (an object or its JSON text), composed by the engine. */
  layer?: object | string;
  /** With a layer: couverture-layers.wasm's bytes, instead of loading the file. */
  layersWasmBinary?: ArrayBuffer | Uint8Array;
  /** With a layer: where couverture-layers.wasm is; default: beside couverture.wasm. */
  layersWasmUrl?: string | URL;
}

export interface Limits {
  rulesetBytes: number;
  answersBytes: number;
  answerKeys: number;
  linkBytes: number;
  linkKeys: number;
  textBytes: number;
}

export interface QuestionOption {
  readonly id: string | boolean;
  readonly label: string;
}

export interface Question {
  readonly id: string;
  readonly type: 'choice' | 'boolean' | 'integer' | 'number';
  readonly label: string;
  readonly short: string;
  readonly help: string | null;
  readonly unit: string | null;
  /** The words shown to a student whose answer the engine rejects. */
  readonly invalid: string | null;
  readonly options?: readonly QuestionOption[];
  readonly min?: number | null;
  readonly max?: number | null;
}

export interface SourceInfo {
  readonly id?: string;
  readonly title: string;
  readonly url: string | null;
  readonly language: string;
  readonly checked: string;
  readonly publisher?: string | null;
}

export interface RulesetInfo {
  readonly id: string;
  readonly version: string | null;
  readonly format: number;
  readonly title: string;
  readonly languages: readonly string[];
  readonly source?: SourceInfo;
  readonly sources: readonly SourceInfo[];
  readonly checked: string;
  readonly valid_from: string | null;
  readonly valid_until: string | null;
  readonly review_by: string | null;
  readonly date: string;
  readonly decisions: readonly {id: string; title: string}[];
}

export interface Item {
  readonly id: string;
  readonly text: string;
  readonly title?: string | null;
  /** The id of the citation (in result.sources) the item comes from. */
  readonly source: string | null;
}

/** When a step or a document is done: the checklist's groups, most urgent first. */
export type When = 'before_leaving' | 'before_enrolling' | 'on_arrival' | 'after_enrolling';
/** How an outcome reads: nothing to do, steps follow, or ask someone. */
export type Tone = 'done' | 'todo' | 'ask';

/** What a step needs, or its deadline. */
export interface Need {
  readonly text: string;
  readonly source: string | null;
}

/** A step or a document, as decisions list them (steps and documents carry when, needs, deadline). */
export interface TaskItem extends Item {
  readonly when?: When | null;
  readonly needs?: readonly Need[];
  readonly deadline?: Need | null;
}

/** One entry of result.checklist: a step or a document of any decision, in the order of doing. */
export interface ChecklistTask {
  readonly id: string;
  readonly decision: string;
  readonly kind: 'step' | 'document';
  readonly when: When | null;
  readonly text: string;
  readonly source: string | null;
  readonly needs: readonly Need[];
  readonly deadline: Need | null;
}

/** One entry of result.headlines: a decision that applies, with its status. */
export interface DecisionHeadline {
  readonly decision: string;
  readonly title: string;
  readonly status: string;
  readonly tone: Tone | null;
  readonly headline: Headline;
  readonly complete: boolean;
  /** How many checklist entries it gave, and how many options. */
  readonly tasks: number;
  readonly alternatives: number;
}

export interface Headline {
  readonly title: string;
  readonly text: string | null;
}

export type Verdict = 'not_applicable' | 'pending' | 'decides' | 'overridden';

export interface ExplanationRow {
  readonly rule: string | null;
  readonly verdict: Verdict;
  readonly text: string;
  readonly source: string | null;
}

export interface Explanation {
  readonly intro: string | null;
  readonly rules: readonly ExplanationRow[];
}

export interface Citation {
  readonly section: string;
  /** The source's sentence in the result's language. */
  readonly quote: string;
  /** The source's own words, when `quote` is a translation. */
  readonly original?: string;
  readonly source?: SourceInfo;
  readonly basis?: string;
  readonly note?: string;
}

export interface Decision {
  readonly title: string;
  /** Whether the decision concerns this student; null while unknown. */
  readonly applies: boolean | null;
  readonly complete: boolean;
  readonly status: string | null;
  readonly headline: Headline | null;
  readonly tone: Tone | null;
  readonly rule: string | null;
  readonly documents: readonly TaskItem[];
  readonly alternatives: readonly Item[];
  readonly steps: readonly TaskItem[];
  readonly advice: readonly Item[];
  readonly extra_insurance: string | null;
  readonly extra_insurance_note: string | null;
  readonly explanation: Explanation;
}

/** What engine.assess() returns, frozen: the headline decision's fields at the top level. */
export interface CouvertureResult extends Omit<Decision, 'title' | 'applies'> {
  readonly ruleset: string;
  readonly version: string | null;
  readonly lang: string;
  readonly date: string;
  /** The questions that may still change the outcome, the first one to ask first. */
  readonly next: readonly string[];
  /** The answers the result used, in the order they are asked. */
  readonly asked: readonly string[];
  readonly approximate?: true;
  readonly sources: Readonly<Record<string, Citation>>;
  readonly decisions: Readonly<Record<string, Decision>>;
  /** Every decision's steps and documents, grouped by when, each thing said once. */
  readonly checklist: readonly ChecklistTask[];
  readonly headlines: readonly DecisionHeadline[];
  /** Every decision's advice, each once, none the checklist already said. */
  readonly good_to_know: readonly (Item & {readonly decision: string})[];
}

/** Errors thrown for a bad ruleset or bad answers: message names the field or path. */
export interface CouvertureError extends Error {
  name: 'CouvertureError';
  /** The JSON pointer of the problem, e.g. "/age". */
  path: string;
  /** The message alone, for showing beside the field. */
  detail: string;
}

export interface CouvertureEngine {
  readonly languages: string[];
  lang: string;
  /** YYYY-MM-DD; set a string, a Date, or null for today. */
  get date(): string;
  set date(value: string | Date | null | undefined);
  readonly questions: readonly Question[];
  readonly ruleset: RulesetInfo;
  /** With a layer: its warnings and the national rows it overrides, paths in the layer; else null. */
  readonly layer: {readonly warnings: readonly {readonly kind: string; readonly path: string; readonly message: string}[];
                   readonly overrides: readonly object[]} | null;
  assess(answers?: Answers | string, lang?: string, date?: string | Date | null): CouvertureResult;
  matchLanguage(tag: string): string | null;
  /** The answers a replay link's query holds (what follows "#couverture:"). */
  answersFromLink(query: string): Answers;
  linkFor(answers: Answers | string): string;
  dispose(): void;
}

export interface CouvertureApi {
  create(options?: CreateOptions): Promise<CouvertureEngine>;
  limits(options?: Pick<CreateOptions, 'wasmBinary' | 'wasmUrl' | 'layer' | 'layersWasmBinary' | 'layersWasmUrl'>): Promise<Limits>;
}

export declare const Couverture: CouvertureApi;
export default Couverture;

/** The <couverture-check> element. */
export interface CouvertureCheckElement extends HTMLElement {
  /** The current result, or null until the engine is ready. */
  readonly result: CouvertureResult | null;
  /** The answers the result uses; setting them re-assesses (throws a CouvertureError if refused). */
  answers: Answers;
  /** A ruleset object or JSON text used instead of the `rules` URL (a preview); null: the attribute. */
  rules: object | string | null;
  /** The metadata of the rules in use, or null while rules load. */
  readonly ruleset: RulesetInfo | null;
  /** The replay link's fragment for the current answers ("#couverture:…"), or null while rules load. */
  readonly link: string | null;
  addEventListener<K extends keyof CouvertureCheckEventMap>(type: K,
      listener: (this: CouvertureCheckElement, event: CouvertureCheckEventMap[K]) => unknown,
      options?: boolean | AddEventListenerOptions): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject,
      options?: boolean | AddEventListenerOptions): void;
}

export interface CouvertureCheckEventMap extends HTMLElementEventMap {
  'couverture-result': CustomEvent<CouvertureResult>;
}

declare global {
  interface HTMLElementTagNameMap {
    'couverture-check': CouvertureCheckElement;
  }
  /** Fired by <couverture-check> on every change; it bubbles out of shadow roots to the document. */
  interface HTMLElementEventMap {
    'couverture-result': CustomEvent<CouvertureResult>;
  }
  interface DocumentEventMap {
    'couverture-result': CustomEvent<CouvertureResult>;
  }
  interface Window {
    Couverture: CouvertureApi;
  }
}
