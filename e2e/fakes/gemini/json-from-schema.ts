import { isRecord } from '../shared/http.ts';
import type { answeredQuestions } from './turn-numbers.ts';

// The fake report model: builds a value that satisfies the JSON schema the server asked for
// (`responseJsonSchema`, or the OpenAPI-style `responseSchema` with upper-case types), so the
// server's own validation is exercised for real without the fake knowing the report's shape.

type Schema = Record<string, unknown>;

export interface SampleHints {
  /** Exact candidate words to use where the schema asks for a quote, so evidence checks pass. */
  quotes?: string[];
  /** Questions the candidate answered, by [N] turn number, for fields that ask for turn numbers. */
  questions?: ReturnType<typeof answeredQuestions>;
}

interface Context {
  root: Schema;
  hints: SampleHints;
  quoteIndex: number;
  /** How many "[N] of the interviewer turn" fields were filled: the next one takes the next question. */
  questionIndex: number;
}

/** A field described as the [N] of an interviewer turn (one number) or of candidate turns (a list). */
function turnNumbers(schema: Schema, ctx: Context): number | number[] | undefined {
  const questions = ctx.hints.questions ?? [];
  const about = typeof schema.description === 'string' ? schema.description : '';
  if (questions.length === 0 || !about.includes('[N]')) return undefined;
  if (/interviewer turn/i.test(about)) return questions[ctx.questionIndex++ % questions.length]?.questionTurn;
  if (/candidate turns/i.test(about))
    return questions[(ctx.questionIndex + questions.length - 1) % questions.length]?.answerTurns;
  return undefined;
}

/** A field (or the array around it) described as the candidate's exact words. */
function asksForQuote(schema: Schema): boolean {
  return typeof schema.description === 'string' && /quote|verbatim|own words/i.test(schema.description);
}

function typeOf(schema: Schema): string | undefined {
  const types: unknown[] = Array.isArray(schema.type) ? schema.type : [schema.type];
  const t = types.find((x) => x !== 'null');
  return typeof t === 'string' ? t.toLowerCase() : undefined;
}

function num(value: unknown): number | undefined {
  return typeof value === 'number' ? value : undefined;
}

function sampleString(schema: Schema, key: string, ctx: Context): string {
  if (schema.format === 'date-time') return new Date(0).toISOString();
  const quotes = ctx.hints.quotes ?? [];
  const wantsQuote = asksForQuote(schema);
  const base =
    wantsQuote && quotes.length > 0
      ? (quotes[ctx.quoteIndex++ % quotes.length] ?? '')
      : `Sample ${key || 'text'} from the fake report model.`;
  const min = num(schema.minLength) ?? 0;
  const max = num(schema.maxLength) ?? Infinity;
  return base.padEnd(min, '.').slice(0, max);
}

function sampleNumber(schema: Schema, integer: boolean): number {
  const lo =
    num(schema.minimum) ?? (num(schema.exclusiveMinimum) ?? 0) + (schema.exclusiveMinimum === undefined ? 0 : 1);
  const hi =
    num(schema.maximum) ?? (num(schema.exclusiveMaximum) ?? lo + 10) - (schema.exclusiveMaximum === undefined ? 0 : 1);
  const mid = lo + (hi - lo) * 0.7;
  return integer ? Math.round(mid) : Math.round(mid * 10) / 10;
}

function resolveRef(schema: Schema, root: Schema): Schema {
  if (typeof schema.$ref !== 'string') return schema;
  const path = schema.$ref.replace(/^#\//, '').split('/');
  let at: unknown = root;
  for (const part of path) at = isRecord(at) ? at[part] : undefined;
  return isRecord(at) ? at : {};
}

function sampleObject(schema: Schema, ctx: Context, depth: number): Record<string, unknown> {
  const props = isRecord(schema.properties) ? schema.properties : {};
  const out: Record<string, unknown> = {};
  for (const [key, sub] of Object.entries(props)) {
    if (isRecord(sub)) out[key] = sample(sub, ctx, key, depth + 1);
  }
  return out;
}

function sampleArray(schema: Schema, ctx: Context, key: string, depth: number): unknown[] {
  const declared = isRecord(schema.items) ? schema.items : {};
  // An array of "verbatim quotes" makes each plain string item a quote too.
  const items =
    asksForQuote(schema) && !asksForQuote(declared) ? { ...declared, description: schema.description } : declared;
  const min = num(schema.minItems) ?? 0;
  const max = num(schema.maxItems) ?? Infinity;
  const count = Math.min(max, Math.max(min, 2));
  return Array.from({ length: count }, (_, i) => sample(items, ctx, `${key} ${i + 1}`, depth + 1));
}

function sample(input: Schema, ctx: Context, key: string, depth: number): unknown {
  const schema = resolveRef(input, ctx.root);
  if (depth > 12) return null;
  if ('const' in schema) return schema.const;
  const turns = turnNumbers(schema, ctx);
  if (turns !== undefined) return turns;
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return schema.enum[0] as unknown;
  const options: unknown[] = [schema.anyOf, schema.oneOf].find((x): x is unknown[] => Array.isArray(x)) ?? [];
  const choice = options.find((s) => isRecord(s) && s.type !== 'null');
  if (isRecord(choice)) return sample({ description: schema.description, ...choice }, ctx, key, depth);
  if (Array.isArray(schema.allOf) && isRecord(schema.allOf[0])) return sample(schema.allOf[0], ctx, key, depth);
  switch (typeOf(schema) ?? (schema.properties ? 'object' : 'string')) {
    case 'object':
      return sampleObject(schema, ctx, depth);
    case 'array':
      return sampleArray(schema, ctx, key, depth);
    case 'integer':
      return sampleNumber(schema, true);
    case 'number':
      return sampleNumber(schema, false);
    case 'boolean':
      return true;
    case 'null':
      return null;
    default:
      return sampleString(schema, key, ctx);
  }
}

export function sampleValue(schema: Schema, hints: SampleHints = {}): unknown {
  return sample(schema, { root: schema, hints, quoteIndex: 0, questionIndex: 0 }, '', 0);
}
