export { ExportMenu } from './export-menu';
export { BooleanFilter, FilterSelect, SortSelect } from './filter-select';
export { ListBody } from './list-body';
export { ListPagination } from './list-pagination';
export { ListTable, NumberCell, type Column } from './list-table';
export { SearchBox } from './search-box';
export {
  DEFAULT_PAGE_SIZE,
  PAGE_SIZES,
  listParams,
  listPager,
  oneOf,
  onlyWhen,
  param,
  positiveInt,
  useListState,
  type ListParams,
  type Param,
} from './url-state';
