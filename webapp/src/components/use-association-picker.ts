import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useAssociationSearch } from '@/lib/api/association-search';

/**
 * The state of a searchable association select: the text typed is searched on the server after a
 * short pause, once the dropdown has been opened (so a form with pickers costs no request until used).
 * Pass search, setSearch and onDropdownOpen to the select; result holds the options found.
 */
export function useAssociationPicker() {
  const [search, setSearch] = useState('');
  const [opened, setOpened] = useState(false);
  const [query] = useDebouncedValue(search, 250);
  const result = useAssociationSearch(query, opened);
  return { search, setSearch, onDropdownOpen: () => setOpened(true), result };
}
