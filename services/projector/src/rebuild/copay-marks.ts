import {
  copayHoldsOf, isCapturedCopayHold, markStoredCopays, type CapturedCopayHold, type HoldDoc, type PoolClient, type PrescriptionClaimDoc,
} from '@healthpay/db';

const keyOf = (h: CapturedCopayHold) => `${h.reference}\u0000${h.pharmacyId}`;

/**
 * A rebuild's claims written with how their copays were paid (`copay_from_wallet`), so that no `UPDATE` of every claim
 * (`markAllCopaysFromWallet`: a sequential scan of the claims, ~2.4 s at 1,000,000 events, and `ANALYZE` before it) is
 * left to the end. The replay's own connections order it, without the cards' lock:
 *
 * - the rest lane's hold save hands over the captured copay holds it writes (`stage`), and they count once its
 *   transaction committed (`committed`);
 * - the claims' group, in each of its write transactions (early writes and flushes, one after another), after its
 *   claims, marks the stored claims the captures counted so far paid (`drain`, by the claims' key) and keeps the
 *   captures that paid none yet (their claim comes later in the feed);
 * - a claim's COPY line asks `paid`, which answers from those kept captures (and forgets them: that claim is stored now).
 *
 * So a capture either finds its claim's row (written before, or earlier in the same transaction) or is kept for the
 * claim's COPY; a claim written again through the projection's upsert reads the captured holds' rows, committed by then.
 * A flush drains every capture of the rest batches it covers, so the rows under a checkpoint are right without an end.
 * The kept captures are those whose claim the replay has not met (the feed's order: a capture is usually after its claim).
 * If the replay restarts from another projector's checkpoint it stops (`abandon`): `complete` is then false, and the
 * end marks every claim as before.
 */
export class CopayMarks {
  private staged: CapturedCopayHold[] = [];
  private queued: CapturedCopayHold[] = [];
  /** Captures drained before their claim was stored, by `keyOf`. */
  private readonly ahead = new Set<string>();
  private on = true;

  /** Every claim written by the replay so far was written, or marked, with its copay's source. */
  get complete(): boolean {
    return this.on;
  }

  /** The rest lane's hold save: the holds it writes in its open transaction. */
  stage(holds: readonly HoldDoc[]): void {
    if (!this.on) return;
    for (const h of holds) if (isCapturedCopayHold(h)) this.staged.push({ reference: h.reference, pharmacyId: h.pharmacyId });
  }

  /** The rest lane's transaction committed: its captures count from now on. */
  committed(): void {
    if (this.staged.length === 0) return;
    for (const h of this.staged) this.queued.push(h);
    this.staged = [];
  }

  /** In the claims' write transaction, after its claims: marks the stored claims the captures counted so far paid. */
  async drain(tx: Pick<PoolClient, 'query'>): Promise<void> {
    if (!this.on || this.queued.length === 0) return;
    const holds = this.queued;
    this.queued = [];
    const matched = new Set((await markStoredCopays(tx, holds)).map(keyOf));
    for (const h of holds) {
      const key = keyOf(h);
      if (!matched.has(key)) this.ahead.add(key);
    }
  }

  /** Whether a captured copay hold the replay met paid this claim, for its COPY line. */
  readonly paid = (claim: PrescriptionClaimDoc): boolean => {
    // The marks' join takes the card from the reference's second field: a card number with a colon never matches.
    if (this.ahead.size === 0 || claim.cardId.includes(':')) return false;
    let hit = false;
    for (const h of copayHoldsOf(claim)) hit = this.ahead.delete(keyOf(h)) || hit;
    return hit;
  };

  /** The replay starts again from another projector's checkpoint: this stops, and the end marks the claims. */
  abandon(): void {
    this.on = false;
    this.staged = [];
    this.queued = [];
    this.ahead.clear();
  }
}
