import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { restRoutes } from './rest/v1/routes';
import { accessOf, openApiDocument } from './rest/v1/openapi';
import { appRouter } from './root';

type Def = { _def: { meta?: { access?: unknown }; inputs: unknown[]; output?: unknown; type: string } };
const byPath = appRouter._def.procedures as unknown as Record<string, Def | undefined>;
const procedures = Object.entries(byPath);

describe('every procedure', () => {
  it.each(procedures.map(([path]) => path))('%s declares its access, a zod input and a zod output', (path) => {
    const def = byPath[path]?._def;
    expect(def?.meta?.access).toBeDefined();
    expect(def?.inputs.length).toBeGreaterThan(0);
    expect(def?.inputs.every((i) => i instanceof z.ZodType)).toBe(true);
    expect(def?.output).toBeInstanceOf(z.ZodType);
  });
});

describe('the REST route table', () => {
  it('names existing procedures, and GET routes call queries, POST routes mutations (preview aside)', () => {
    for (const r of restRoutes) {
      const def = byPath[r.procedure]?._def;
      expect(def, r.procedure).toBeDefined();
      expect(accessOf(r)).toEqual(def?.meta?.access);
      if (r.method === 'GET') expect(def?.type, r.path).toBe('query');
      else if (!r.path.endsWith('/preview')) expect(def?.type, r.path).toBe('mutation');
    }
  });

  it('has no two routes for one method and path, and unique operation ids', () => {
    expect(new Set(restRoutes.map((r) => `${r.method} ${r.path}`)).size).toBe(restRoutes.length);
    expect(new Set(restRoutes.map((r) => r.operationId)).size).toBe(restRoutes.length);
  });

  it('documents every amount in pounds and piasters', () => {
    const doc = JSON.stringify(openApiDocument());
    expect(doc).toContain('"monthlyLimitPiasters"');
    expect(doc).toContain('"totalAmount"');
    expect(doc).not.toContain('"$schema"');
  });
});
