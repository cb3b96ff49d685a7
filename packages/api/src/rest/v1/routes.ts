import { analyticsRoutes } from './analytics-routes';
import { cardRoutes } from './card-routes';
import { claimRoutes } from './claim-routes';
import { insuranceRoutes } from './insurance-routes';
import { memberRoutes } from './member-routes';
import { pharmacyRoutes } from './pharmacy-routes';
import { settlementRoutes } from './settlement-routes';
import { AppError } from '../../errors/app-error';
import type { RestRoute } from './route';

/** THE route table of REST v1: the handler dispatches on it and the OpenAPI document is built from it. */
export const restRoutes: readonly RestRoute[] = [...cardRoutes, ...claimRoutes, ...insuranceRoutes, ...analyticsRoutes, ...memberRoutes, ...pharmacyRoutes, ...settlementRoutes];

const segments = (path: string) => path.split('/').filter(Boolean);

const decoded = (part: string): string => {
  try {
    return decodeURIComponent(part);
  } catch {
    throw new AppError('VALIDATION_FAILED', 'The path is not valid percent-encoding');
  }
};

export type RouteMatch = { route: RestRoute; params: Record<string, string> };

/** The route for a method and a path below /api/v1; `allowed` lists the methods of a path that exists. */
export function matchRoute(method: string, path: string): { match: RouteMatch | null; allowed: string[] } {
  const parts = segments(path);
  const allowed: string[] = [];
  let match: RouteMatch | null = null;
  for (const route of restRoutes) {
    const template = segments(route.path);
    if (template.length !== parts.length) continue;
    const params: Record<string, string> = {};
    const fits = template.every((t, i) => {
      const part = parts[i] ?? '';
      if (t.startsWith('{')) {
        params[t.slice(1, -1)] = decoded(part);
        return true;
      }
      return t === part;
    });
    if (!fits) continue;
    allowed.push(route.method);
    if (route.method === method && !match) match = { route, params };
  }
  return { match, allowed };
}
