import { errorInfo } from '../errors';

/** A portal's message lookup (next-intl's `t`, narrowed to what shared pieces call). */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

/**
 * An API error in the page's language, given the translator of a portal's `errors` messages: the codes the
 * screen expects by their own key, anything else by `generic`.
 */
export const errorTextOf =
  (t: Translate, codes: readonly string[]) =>
  (error: unknown): string => {
    const code: string = errorInfo(error).code;
    return t(codes.includes(code) ? code : 'generic');
  };
