import type { ReactNode } from 'react';
import type { Translate } from '../lists/error-text';
import type { EntitySearchText } from './entity-search';

/**
 * An EntitySearch's words from a portal namespace laid out the usual way: `search.{name, search, placeholder,
 * submit, loading, loadMore, empty}` and `tryAgain`.
 */
export const entitySearchText = (t: Translate, error: (error: unknown) => string, emptyHint?: ReactNode): EntitySearchText => ({
  name: t('search.name'),
  search: t('search.search'),
  placeholder: t('search.placeholder'),
  submit: t('search.submit'),
  loading: t('search.loading'),
  retry: t('tryAgain'),
  loadMore: t('search.loadMore'),
  empty: t('search.empty'),
  emptyHint,
  error,
});
