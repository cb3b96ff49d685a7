import { z } from 'zod';

/** A Fawry amount as sent in JSON (number, or a numeric string) — converted to piasters exactly. */
export const fawryMoney = z.union([z.number(), z.string().regex(/^-?\d+(\.\d+)?$/).transform(Number)]);

export const toPiasters = (egp: number) => Math.round(egp * 100);

/** A JSON number in EGP, like Fawry sends (`840.0` arrives as 840 after JSON.stringify). */
export const toEgp = (piasters: number) => piasters / 100;

/** Reference-like fields Fawry documents as "Integer" but samples send as strings. */
export const fawryId = z.union([z.string().min(1), z.number().int().nonnegative().transform(String)]);
