import { CLAIM_VIEW_SCHEMA, cardClaimOf, claimViewNames, type CardClaimRow, type CardClaimView } from '@healthpay/db';
import { KnownJson } from '../../serialize/known-json';
import { claimPage } from './claim.schemas';

/**
 * `claims.byCard`'s answer: a card's page of claims as read. Each claim's answer was checked against the claim view's
 * schema when the projection stored it, and that schema's version was stored with it (`answer_schema`). When every
 * claim of the page carries the current version (`CLAIM_VIEW_SCHEMA`), the page's JSON text is the stored answers with
 * their names (checked here by the view's own `claimViewNames`) spliced in before each closing brace, as UTF-8 bytes
 * (`textEncoding`): byte for byte what `JSON.stringify(claimPage.parse(page))` gives (card-claim-page.int.spec.ts), without parsing 20 answers,
 * copying them through the schema and writing them again. Otherwise (rows from before the version, an answer the
 * schema refused, another schema since) `jsonText()` is null and `items` parses each claim as before.
 */
export class CardClaimPage extends KnownJson {
  readonly checkedAgainst = claimPage;
  // The stored answers are mostly ASCII and the names Arabic: joined as text they would be one two-byte string, flattened,
  // measured and encoded on every answer; as their UTF-8 bytes they stay a one-byte string that is copied out.
  override readonly textEncoding = 'latin1';
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
    // The names repeat within a page (one holder, a few pharmacies): checked and made bytes once per distinct five.
    const seen: { row: CardClaimRow; bytes: string }[] = [];
    for (let i = 0; i < this.rows.length; i++) {
      const r = this.rows[i] as CardClaimRow;
      if (r.answerSchema !== CLAIM_VIEW_SCHEMA || r.answer === null) return null;
      let names = seen.find((s) => sameNames(s.row, r))?.bytes;
      if (names === undefined) {
        const made = namesBytes(r);
        if (made === null) return null;
        seen.push({ row: r, bytes: (names = made) });
      }
      // `{…answer…}` + `{"pharmacyName":…}` → `{…answer…,"pharmacyName":…}`: the view's keys in its order.
      out += `${i === 0 ? '' : ','}${utf8Bytes(r.answer.slice(0, -1))},${names}`;
    }
    return `${out}],"nextCursor":${utf8Bytes(JSON.stringify(this.nextCursor))}}`;
  }
}

/** The row's names checked by the view's own schema, as the bytes of `"pharmacyName":…}`; null when refused. */
function namesBytes(r: CardClaimRow): string | null {
  const names = claimViewNames.safeParse({
    pharmacyName: r.pharmacyName, pharmacyNameAr: r.pharmacyNameAr, beneficiaryName: r.beneficiaryName,
    copaymentPercent: r.copaymentPercent, copayPaidFrom: r.copayPaidFrom,
  });
  return names.success ? utf8Bytes(JSON.stringify(names.data).slice(1)) : null;
}

const sameNames = (a: CardClaimRow, b: CardClaimRow): boolean => a.pharmacyName === b.pharmacyName && a.pharmacyNameAr === b.pharmacyNameAr
  && a.beneficiaryName === b.beneficiaryName && a.copaymentPercent === b.copaymentPercent && a.copayPaidFrom === b.copayPaidFrom;

/** A text's UTF-8 bytes as a latin1 string (one character per byte): itself when it is ASCII. */
const utf8Bytes = (s: string): string => (Buffer.byteLength(s) === s.length ? s : Buffer.from(s).toString('latin1'));
