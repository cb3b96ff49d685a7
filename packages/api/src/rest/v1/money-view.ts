import { z } from 'zod';
import { isMoneySchema, isSignedMoneySchema } from '../../schemas/money';
import { piastersToPounds } from '../../schemas/pounds';

/** An output schema as REST presents it, and the conversion of a value of the tRPC output into it. */
export interface RestView {
  schema: z.ZodType;
  convert(value: unknown): unknown;
}

const identity = (schema: z.ZodType): RestView => ({ schema, convert: (v) => v });

/** The amount schema under a field, and whether the field may be null. */
function moneyField(field: z.ZodType): { nullable: boolean; signed: boolean } | null {
  if (isMoneySchema(field)) return { nullable: false, signed: isSignedMoneySchema(field) };
  if (field instanceof z.ZodNullable && isMoneySchema(field.unwrap() as z.ZodType)) return { nullable: true, signed: isSignedMoneySchema(field.unwrap() as z.ZodType) };
  return null;
}

const pounds = z.string().regex(/^\d+\.\d{2}$/).meta({ description: 'Amount in EGP with exactly 2 decimals, e.g. "350.00"' });
const piasters = z.int().meta({ description: 'The same amount in piasters (1 EGP = 100)' });
const signedPounds = z.string().regex(/^-?\d+\.\d{2}$/).meta({ description: 'Amount in EGP with exactly 2 decimals, negative for deductions, e.g. "-350.00"' });

/**
 * Derives the REST shape from a tRPC output schema: every amount field `x` (integer piasters there)
 * becomes `x` as a pounds string "350.00" plus `xPiasters` as the integer. The walk covers what the
 * API's outputs are made of (objects, arrays, nullable/optional); other schemas pass through unchanged.
 */
export function restView(schema: z.ZodType): RestView {
  if (schema instanceof z.ZodObject) {
    const shape: Record<string, z.ZodType> = {};
    const fields = Object.entries(schema.shape as Record<string, z.ZodType>).map(([key, field]) => {
      const money = moneyField(field);
      if (money) {
        const text = money.signed ? signedPounds : pounds;
        shape[key] = money.nullable ? text.nullable() : text;
        shape[`${key}Piasters`] = money.nullable ? piasters.nullable() : piasters;
        return { key, money: true as const };
      }
      const view = restView(field);
      shape[key] = view.schema;
      return { key, money: false as const, view };
    });
    return {
      schema: z.object(shape),
      convert(value) {
        if (value === null || typeof value !== 'object') return value;
        const source = value as Record<string, unknown>;
        const out: Record<string, unknown> = {};
        for (const f of fields) {
          const v = source[f.key];
          if (f.money) {
            out[f.key] = typeof v === 'number' ? piastersToPounds(v) : (v ?? null);
            out[`${f.key}Piasters`] = v ?? null;
          } else if (v !== undefined) {
            out[f.key] = f.view.convert(v);
          }
        }
        return out;
      },
    };
  }
  if (schema instanceof z.ZodArray) {
    const element = restView(schema.element as z.ZodType);
    return { schema: z.array(element.schema), convert: (v) => (Array.isArray(v) ? v.map(element.convert) : v) };
  }
  if (schema instanceof z.ZodNullable) {
    const inner = restView(schema.unwrap() as z.ZodType);
    return { schema: inner.schema.nullable(), convert: (v) => (v === null ? null : inner.convert(v)) };
  }
  if (schema instanceof z.ZodOptional) {
    const inner = restView(schema.unwrap() as z.ZodType);
    return { schema: inner.schema.optional(), convert: (v) => (v === undefined ? undefined : inner.convert(v)) };
  }
  if (isMoneySchema(schema)) throw new Error('an amount must be an object field to be shown in pounds');
  return identity(schema);
}
