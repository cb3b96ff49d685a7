import { randomInt } from 'node:crypto';
import type { Charge } from './types';

/** In-memory charges of one Fawry sandbox, by Fawry reference number and by merchant reference. */
export class FawryStore {
  private readonly byReference = new Map<string, Charge>();
  private readonly byMerchantRef = new Map<string, Charge>();

  /** A fresh 9-digit reference number, as Fawry shows customers. */
  newReferenceNumber(): string {
    let ref: string;
    do ref = String(randomInt(100_000_000, 1_000_000_000));
    while (this.byReference.has(ref));
    return ref;
  }

  add(charge: Charge): void {
    this.byReference.set(charge.referenceNumber, charge);
    this.byMerchantRef.set(charge.merchantRefNum, charge);
  }

  hasMerchantRef(ref: string): boolean {
    return this.byMerchantRef.has(ref);
  }

  byFawryRef(ref: string): Charge | undefined {
    return this.byReference.get(ref);
  }

  byMerchantReference(ref: string): Charge | undefined {
    return this.byMerchantRef.get(ref);
  }

  all(): Charge[] {
    return [...this.byReference.values()];
  }
}
