import { describe, expect, it } from 'vitest';
import { strategicMerge } from './strategic-merge';

describe('strategicMerge (kustomize patches)', () => {
  const base = {
    spec: {
      replicas: 2,
      template: { spec: { containers: [{ name: 'web', image: 'a', env: [{ name: 'A', value: '1' }, { name: 'B', value: '2' }] }, { name: 'side', image: 's' }] } },
      args: ['x', 'y'],
    },
  };

  it('merges maps key by key and named list items by name, keeping the rest', () => {
    const patch = { spec: { replicas: 3, template: { spec: { containers: [{ name: 'web', env: [{ name: 'B', value: '20' }, { name: 'C', value: '3' }] }] } } } };
    expect(strategicMerge(base, patch)).toEqual({
      spec: {
        replicas: 3,
        template: { spec: { containers: [{ name: 'web', image: 'a', env: [{ name: 'A', value: '1' }, { name: 'B', value: '20' }, { name: 'C', value: '3' }] }, { name: 'side', image: 's' }] } },
        args: ['x', 'y'],
      },
    });
  });

  it('replaces lists of plain values, removes keys patched to null, and never changes its inputs', () => {
    const copy = structuredClone(base);
    expect(strategicMerge(base, { spec: { args: ['z'], replicas: null } })).toEqual({ spec: { template: base.spec.template, args: ['z'] } });
    expect(base).toEqual(copy);
  });
});
