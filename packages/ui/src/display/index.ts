export { PagedCard, pagedCardText, type PagedRows, type PagedRowsQuery } from './paged-card';
