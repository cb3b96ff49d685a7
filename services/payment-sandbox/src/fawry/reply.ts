import { json, type Reply } from '../http/reply';
import type { FawryStatus } from './codes';

/** Fawry answers business errors with HTTP 200 and a status code in the body. */
export function fawryError(type: string, status: FawryStatus): Reply {
  return json(200, { type, ...status });
}

/** Junk that doesn't even parse as the request: HTTP 400 with Fawry's body shape. */
export function fawryBadRequest(type: string, description: string): Reply {
  return json(400, { type, statusCode: 400, statusDescription: description });
}
