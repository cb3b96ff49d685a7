import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { statementHtml } from './statement-html';
import { htmlToPdf } from './statement-pdf';

/*
 * Real Chromium (HP_CHROMIUM_PATH, /usr/bin/chromium here) printing a statement: the Arabic must come out as text a PDF
 * reader extracts in logical order, not as unjoined or reversed glyphs. An int spec: it needs the installed browser and
 * fonts-noto-core (docs/settlements.md), like the Postgres the other int specs need.
 */
const statement = {
  statement: {
    id: 'stl-w-2026-11-14-ph-ezaby-maadi', pharmacyId: 'ph-ezaby-maadi', pharmacyNameEn: 'El Ezaby Maadi', pharmacyNameAr: 'صيدلية العزبي المعادي',
    periodKind: 'week' as const, periodStart: '2026-11-14', periodEnd: '2026-11-20', status: 'approved' as const, lines: 1,
    totals: { grossBenefit: 10_000, walletCopay: 2_000, commission: 350, adjustments: 0, netPayable: 11_650 },
    closedAt: new Date('2026-11-21T08:00:00Z'), approvedAt: new Date('2026-11-21T09:00:00Z'), paidAt: null, payoutReference: null, disputeReason: null, version: 2,
  },
  lines: [{
    id: 'claim:c:p:rx', kind: 'claim' as const, cardId: 'card-1', prescriptionId: 'RX-1001', occurredAt: new Date('2026-11-18T10:00:00Z'),
    benefit: 10_000, walletCopay: 2_000, commission: 350, adjustment: 0, net: 11_650,
  }],
};

/** How a right-to-left run sits in the PDF's content stream: its characters in display (left-to-right) order. */
const visual = (logical: string) => [...logical].reverse().join('');

const text = async (pdf: Buffer) => {
  const doc = await getDocumentProxy(new Uint8Array(pdf));
  return { pages: doc.numPages, text: (await extractText(doc, { mergePages: true })).text };
};

describe('statement PDF', () => {
  it('in Arabic: a PDF whose text reads as Arabic words, with the amounts', async () => {
    const pdf = await htmlToPdf(statementHtml(statement, 'ar'));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const { pages, text: t } = await text(pdf);
    expect(pages).toBeGreaterThanOrEqual(1);
    // Shaped: the letters are stored as joined contextual forms (Arabic Presentation Forms-B), not isolated letters.
    expect(t).toMatch(/[\uFE70-\uFEFF]/);
    // Ordered right to left: the glyphs of each Arabic run are stored in visual order, i.e. the words reversed.
    const letters = t.normalize('NFKC');
    expect(letters).toContain(visual('كشف تسوية'));
    expect(letters).toContain(visual('صافي المستحق'));
    expect(t).toContain('116.50');
  }, 60_000);

  it('in English', async () => {
    const { text: t } = await text(await htmlToPdf(statementHtml(statement, 'en')));
    expect(t).toContain('Settlement statement');
    expect(t).toContain('Net payable');
  }, 60_000);
});
