import { TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useState } from 'react';

/**
 * A search field that reports its text after a short pause (fewer requests while typing) or at once
 * on Enter; the text follows value when the URL changes.
 */
export function SearchBox({
  value,
  onSearch,
  label,
  placeholder,
  testId = 'search',
}: {
  value: string;
  onSearch: (q: string) => void;
  label: string;
  placeholder?: string;
  testId?: string;
}) {
  const [text, setText] = useState(value);
  const [seen, setSeen] = useState(value);
  if (seen !== value) {
    // The URL changed (back button, shared link, a removed filter): show its query.
    setSeen(value);
    setText(value);
  }
  const report = useDebouncedCallback((q: string) => onSearch(q.trim()), 300);
  return (
    <TextInput
      type="search"
      label={label}
      placeholder={placeholder}
      value={text}
      onChange={(e) => {
        setText(e.currentTarget.value);
        report(e.currentTarget.value);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter') onSearch(text.trim());
      }}
      data-testid={testId}
    />
  );
}
