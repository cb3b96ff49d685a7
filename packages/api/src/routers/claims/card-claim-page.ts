import { CLAIM_VIEW_SCHEMA, cardClaimOf, claimViewNames, type CardClaimRow, type CardClaimView } from '@healthpay/db';
import { KnownJson } from '../../serialize/known-json';
import { claimPage } from './claim.schemas';

/**
 * `claims.byCard`'s answer: a card's page of claims as read. Each claim's answer was checked against the claim view's
 * schema when the projection stored it, and that schema's version was stored with it (`answer_schema`). When every
 * claim of the page carries the current version (`CLAIM_VIEW_SCHEMA`), the page's JSON text is the stored answers with
 * their names (checked here by the view's own `claimViewNames`) spliced in before each closing brace: byte for byte
 * what `JSON.stringify(claimPage.parse(page))` gives (card-claim-page.int.spec.ts), without parsing 20 answers,
 * copying them through the schema and writing them again. Otherwise (rows from before the version, an answer the
 * schema refused, another schema since) `jsonText()` is null and `items` parses each claim as before.
 */
export class CardClaimPage extends KnownJson {
  readonly checkedAgainst = claimPage;
  private parsed: CardClaimView[] | undefined;

  constructor(
    private readonly rows: CardClaimRow[],
    readonly nextCursor: string | null,
  ) {
    super();
  }

  /** The claims as the view's objects (parsed on first read: what the output schema reads where the text is not used). */
  get items(): CardClaimView[] {
    if (this.parsed === undefined) this.parsed = this.rows.map(cardClaimOf);
    return this.parsed;
  }

  protected text(): string | null {
    let out = '{"items":[';
    for (let i = 0; i < this.rows.length; i++) {
      const r = this.rows[i] as CardClaimRow;
      if (r.answerSchema !== CLAIM_VIEW_SCHEMA || r.answer === null) return null;
      const names = claimViewNames.safeParse({
        pharmacyName: r.pharmacyName, pharmacyNameAr: r.pharmacyNameAr, beneficiaryName: r.beneficiaryName,
        copaymentPercent: r.copaymentPercent, copayPaidFrom: r.copayPaidFrom,
      });
      if (!names.success) return null;
      // `{…answer…}` + `{"pharmacyName":…}` → `{…answer…,"pharmacyName":…}`: the view's keys in its order.
      out += `${i === 0 ? '' : ','}${r.answer.slice(0, -1)},${JSON.stringify(names.data).slice(1)}`;
    }
    return `${out}],"nextCursor":${JSON.stringify(this.nextCursor)}}`;
  }
}
