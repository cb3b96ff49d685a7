import { demoPharmacies } from '@healthpay/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiHarness, type Harness } from '../../testing/harness';

let h: Harness;
beforeAll(async () => {
  h = await apiHarness();
  await h.project();
});
afterAll(() => h.close());

describe('analytics.spendByPharmacy', () => {
  it('gives each pharmacy by both its names, so the screen shows the one in the viewer’s language', async () => {
    const admin = await h.as('u-admin');
    const rows = await admin.analytics.spendByPharmacy({});
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const seeded = demoPharmacies.find((p) => p.id === row.pharmacyId);
      expect(row).toMatchObject({ pharmacyName: seeded?.name, pharmacyNameAr: seeded?.nameAr });
    }
  });
});
