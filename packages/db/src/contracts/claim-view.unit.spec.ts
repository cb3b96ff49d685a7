import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CLAIM_VIEW_SCHEMA, claimLine, claimResult, claimView, claimViewNames, schemaVersionOf } from './claim-view';
import { money } from './money';

/** Every schema inside `s` (objects' fields, wrapped and element types), with `s` itself. */
function* schemasIn(s: z.ZodType): Generator<z.ZodType> {
  yield s;
  const def = s._zod.def as unknown as Record<string, unknown>;
  if (def.type === 'object') for (const f of Object.values(def.shape as Record<string, z.ZodType>)) yield* schemasIn(f);
  for (const k of ['innerType', 'element', 'keyType', 'valueType'] as const) if (def[k]) yield* schemasIn(def[k] as z.ZodType);
}

describe('the claim view schema version', () => {
  it('is the same for the same schema, built again', () => {
    expect(schemaVersionOf(claimResult.extend(claimViewNames.shape))).toBe(CLAIM_VIEW_SCHEMA);
    expect(CLAIM_VIEW_SCHEMA).toMatch(/^[\w-]{16}$/);
  });

  it.each([
    ['a key added', claimView.extend({ note: z.string() })],
    ['a key made nullable', claimView.extend({ month: z.string().nullable() })],
    ['a bound changed', claimView.extend({ copay: money.max(1_000) })],
    ['an enum value added', claimView.extend({ copayPaidFrom: z.enum(['wallet', 'cash', 'card']) })],
    ['a line key added', claimView.extend({ lines: z.array(claimLine.extend({ ndc: z.string() })) })],
    ['keys in another order', z.object({ prescriptionId: z.string(), ...claimView.omit({ prescriptionId: true }).shape })],
  ])('changes with %s', (_what, changed) => {
    expect(schemaVersionOf(changed)).not.toBe(CLAIM_VIEW_SCHEMA);
  });

  // The version covers what JSON Schema expresses: a refinement or a transform would change answers unseen by it.
  it('covers the whole schema: no refinement, transform or pipe anywhere in it', () => {
    for (const s of schemasIn(claimView)) {
      const def = s._zod.def as unknown as { type: string; checks?: { _zod: { def: { check: string } } }[] };
      expect(['pipe', 'transform', 'custom', 'lazy']).not.toContain(def.type);
      for (const c of def.checks ?? []) expect(c._zod.def.check).not.toBe('custom');
    }
    const refined = [...schemasIn(claimView.extend({ month: z.string().refine((m) => m.length === 7) }))];
    expect(refined.some((s) => (s._zod.def.checks ?? []).some((c) => c._zod.def.check === 'custom'))).toBe(true);
  });
});
