'use client';

import { Button } from '../components/button';
import { Card } from '../components/card';
import { TextField } from '../components/field';
import { DataTable, type DataColumn } from '../lists/data-table';
import { ChoiceField } from '../lists/filter-form';
import { PagedList, type PagedListText, type PagedQuery } from '../lists/paged-list';
import type { FilterChoices } from './search-params';
import type { EntitySearchState } from './use-entity-search';

export interface EntitySearchText extends PagedListText {
  /** What is searched, e.g. "Wallets": the form's and the table's accessible name. */
  name: string;
  search: string;
  placeholder: string;
  submit: string;
}

/** Each filter's label, its "all" option and its choices' words. */
export type SearchFilters<C extends FilterChoices> = { [K in keyof C]: { label: string; all: string; option: (value: C[K][number]) => string } };

const grids = ['sm:grid-cols-[1fr_auto]', 'sm:grid-cols-[1fr_12rem_auto]', 'sm:grid-cols-[1fr_10rem_10rem_auto]'] as const;

export interface EntitySearchProps<C extends FilterChoices, Row> {
  state: EntitySearchState<C>;
  filters: SearchFilters<C>;
  text: EntitySearchText;
  /** The first column names the row (its row header), usually a link to the record. */
  columns: readonly DataColumn<Row>[];
  rowKey: (row: Row) => string;
  query: PagedQuery;
  rows: readonly Row[];
  minWidth?: string;
}

/** A staff search: a query and filters kept for the URL, a table of results and "load more" paging. */
export function EntitySearch<C extends FilterChoices, Row>({ state, filters, text, columns, rowKey, query, rows, minWidth = '44rem' }: EntitySearchProps<C, Row>) {
  const names = Object.keys(state.choices) as (keyof C & string)[];
  return (
    <div className="space-y-4">
      <Card>
        <form
          role="search"
          aria-label={text.name}
          className={`grid gap-3 sm:items-end ${grids[Math.min(names.length, 2)]}`}
          onSubmit={(e) => {
            e.preventDefault();
            state.submit();
          }}
        >
          <TextField label={text.search} placeholder={text.placeholder} type="search" value={state.typed} onChange={(e) => state.setTyped(e.target.value)} />
          {names.map((name) => (
            <ChoiceField
              key={name}
              label={filters[name].label}
              all={filters[name].all}
              choices={state.choices[name] ?? []}
              choiceLabel={filters[name].option}
              value={state.filters[name] ?? ''}
              onChange={(e) => state.setFilter(name, e.target.value)}
            />
          ))}
          <Button type="submit">{text.submit}</Button>
        </form>
      </Card>
      <PagedList query={query} count={rows.length} text={text}>
        {/* The search goes into the URL just before a result opens (capture phase, before the link navigates). */}
        <div onClickCapture={state.remember}>
          <DataTable caption={text.name} columns={columns} rows={rows} rowKey={rowKey} minWidth={minWidth} />
        </div>
      </PagedList>
    </div>
  );
}
