import { isRecord } from '../shared/http.ts';

// The fake report model: builds a value that satisfies the JSON schema the server asked for
// (`responseJsonSchema`, or the OpenAPI-style `responseSchema` with upper-case types), so the
// server's own validation is exercised for real without the fake knowing the report's shape.

type Schema = Record<string, unknown>;

function typeOf(schema: Schema): string | undefined {
  const types: unknown[] = Array.isArray(schema.type) ? schema.type : [schema.type];
  const t = types.find((x) => x !== 'null');
  return typeof t === 'string' ? t.toLowerCase() : undefined;
}

function num(value: unknown): number | undefined {
  return typeof value === 'number' ? value : undefined;
}

function sampleString(schema: Schema, key: string): string {
  if (schema.format === 'date-time') return new Date(0).toISOString();
  const base = `Sample ${key || 'text'} from the fake report model.`;
  const min = num(schema.minLength) ?? 0;
  const max = num(schema.maxLength) ?? Infinity;
  return base.padEnd(min, '.').slice(0, max);
}

function sampleNumber(schema: Schema, integer: boolean): number {
  const lo = num(schema.minimum) ?? (num(schema.exclusiveMinimum) ?? 0) + (schema.exclusiveMinimum === undefined ? 0 : 1);
  const hi = num(schema.maximum) ?? (num(schema.exclusiveMaximum) ?? lo + 10) - (schema.exclusiveMaximum === undefined ? 0 : 1);
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

function sampleObject(schema: Schema, root: Schema, depth: number): Record<string, unknown> {
  const props = isRecord(schema.properties) ? schema.properties : {};
  const out: Record<string, unknown> = {};
  for (const [key, sub] of Object.entries(props)) {
    if (isRecord(sub)) out[key] = sampleValue(sub, root, key, depth + 1);
  }
  return out;
}

function sampleArray(schema: Schema, root: Schema, key: string, depth: number): unknown[] {
  const items = isRecord(schema.items) ? schema.items : {};
  const min = num(schema.minItems) ?? 0;
  const max = num(schema.maxItems) ?? Infinity;
  const count = Math.min(max, Math.max(min, 2));
  return Array.from({ length: count }, (_, i) => sampleValue(items, root, `${key} ${i + 1}`, depth + 1));
}

export function sampleValue(input: Schema, root: Schema = input, key = '', depth = 0): unknown {
  const schema = resolveRef(input, root);
  if (depth > 12) return null;
  if ('const' in schema) return schema.const;
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return schema.enum[0] as unknown;
  const options: unknown[] = [schema.anyOf, schema.oneOf].find((x): x is unknown[] => Array.isArray(x)) ?? [];
  const choice = options.find((s) => isRecord(s) && s.type !== 'null');
  if (isRecord(choice)) return sampleValue(choice, root, key, depth);
  if (Array.isArray(schema.allOf) && isRecord(schema.allOf[0])) return sampleValue(schema.allOf[0], root, key, depth);
  switch (typeOf(schema) ?? (schema.properties ? 'object' : 'string')) {
    case 'object':
      return sampleObject(schema, root, depth);
    case 'array':
      return sampleArray(schema, root, key, depth);
    case 'integer':
      return sampleNumber(schema, true);
    case 'number':
      return sampleNumber(schema, false);
    case 'boolean':
      return true;
    case 'null':
      return null;
    default:
      return sampleString(schema, key);
  }
}
