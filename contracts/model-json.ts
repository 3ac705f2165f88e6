import { z } from 'zod';

/**
 * The JSON schema sent to Gemini as `responseJsonSchema` for a zod schema. The `$schema` marker
 * is left out: it is not one of the keywords the API documents for response schemas.
 */
export function responseJsonSchema(schema: z.ZodType): Record<string, unknown> {
  const { $schema: _marker, ...rest } = z.toJSONSchema(schema, { target: 'draft-2020-12' });
  return rest;
}

/** Parses the model's text against a schema, or undefined when it is not valid JSON of that shape. */
export function parseModelJson<T>(schema: z.ZodType<T>, text: string | undefined): T | undefined {
  if (text === undefined) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}
