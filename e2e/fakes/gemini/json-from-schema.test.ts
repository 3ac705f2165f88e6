import { describe, expect, it } from 'vitest';
import { sampleValue } from './json-from-schema.ts';

describe('sampleValue', () => {
  it('fills every property with a value of the declared type and bounds', () => {
    const value = sampleValue({
      type: 'object',
      properties: {
        score: { type: 'integer', minimum: 0, maximum: 100 },
        ratio: { type: 'number', minimum: 0, maximum: 1 },
        summary: { type: 'string', minLength: 60, maxLength: 80 },
        tags: { type: 'array', items: { type: 'string' }, minItems: 3, maxItems: 3 },
        ok: { type: 'boolean' },
      },
    }) as Record<string, unknown>;
    expect(Number.isInteger(value.score)).toBe(true);
    expect(value.ratio).toBeGreaterThanOrEqual(0);
    expect(value.ratio).toBeLessThanOrEqual(1);
    expect(String(value.summary).length).toBeGreaterThanOrEqual(60);
    expect(value.tags).toHaveLength(3);
    expect(value.ok).toBe(true);
  });

  it('understands OpenAPI-style upper-case types, enums and nullable unions', () => {
    expect(sampleValue({ type: 'OBJECT', properties: { level: { type: 'STRING', enum: ['low', 'high'] } } })).toEqual({
      level: 'low',
    });
    expect(sampleValue({ anyOf: [{ type: 'null' }, { type: 'integer', minimum: 3, maximum: 3 }] })).toBe(3);
    expect(sampleValue({ type: ['string', 'null'], const: 'fixed' })).toBe('fixed');
  });

  it('follows local $ref definitions', () => {
    const schema = {
      type: 'object',
      properties: { item: { $ref: '#/$defs/item' } },
      $defs: { item: { type: 'object', properties: { n: { type: 'integer', minimum: 1, maximum: 1 } } } },
    };
    expect(sampleValue(schema)).toEqual({ item: { n: 1 } });
  });
});

describe('sampleValue with quotes', () => {
  it('puts the given quotes where the schema describes a verbatim quote', () => {
    const schema = {
      type: 'object',
      properties: {
        quotes: { type: 'array', minItems: 2, items: { type: 'string', description: 'A verbatim quote' } },
        note: { type: 'string' },
      },
    };
    expect(sampleValue(schema, { quotes: ['I led the migration.', 'We cut costs.'] })).toEqual({
      quotes: ['I led the migration.', 'We cut costs.'],
      note: 'Sample note from the fake report model.',
    });
  });
});
