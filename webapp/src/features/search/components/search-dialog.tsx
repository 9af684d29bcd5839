import { Box, Group, Loader, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ProblemAlert } from '@/components/problem-alert';
import { tk } from '@/i18n';
import {
  flatHits,
  MAX_QUERY_LENGTH,
  searchable,
  useSearch,
  type SearchHit,
  type SearchKind,
  type SearchResults,
} from '../api/search';

const KIND_LABEL: Record<SearchKind, string> = {
  associations: tk('search.kinds.associations'),
  experts: tk('search.kinds.experts'),
  'program-tasks': tk('search.kinds.program-tasks'),
  'official-documents': tk('search.kinds.official-documents'),
  consultations: tk('search.kinds.consultations'),
  posts: tk('search.kinds.posts'),
  'bulletin-articles': tk('search.kinds.bulletin-articles'),
  'calendar-events': tk('search.kinds.calendar-events'),
  'contest-entries': tk('search.kinds.contest-entries'),
};

/**
 * The search dialog: a combobox (the field) over a listbox of hits grouped by kind. The arrow keys move the
 * active hit, Enter opens it, Escape closes the dialog; the hits are what the API lets the caller open.
 */
export default function SearchDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [q, setQ] = useState('');
  const [debounced] = useDebouncedValue(q.trim(), 200);
  const ready = searchable(debounced);
  const search = useSearch(debounced);
  const results = ready ? search.data : undefined;
  const hits = flatHits(results);
  // the active hit belongs to one answer: a new answer starts again at its first hit
  const [activeOf, setActiveOf] = useState<{ results?: SearchResults; index: number }>({ index: 0 });
  const active = activeOf.results === results ? activeOf.index : 0;
  const setActive = (next: number | ((i: number) => number)) =>
    setActiveOf({ results, index: typeof next === 'function' ? next(active) : next });
  const id = useId();
  const listId = `${id}-hits`;
  const optionId = (i: number) => `${id}-hit-${i}`;
  const listRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    listRef.current?.querySelector(`[data-index="${active}"]`)?.scrollIntoView?.({ block: 'nearest' });
  }, [active]);

  const openHit = (hit: SearchHit) => {
    onClose();
    void navigate(hit.path);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (hits.length === 0) return;
    // Home and End stay the field's (the caret), as a combobox's should
    const moves: Record<string, (i: number) => number> = {
      ArrowDown: (i) => (i + 1) % hits.length,
      ArrowUp: (i) => (i - 1 + hits.length) % hits.length,
    };
    const move = moves[e.key];
    if (move) {
      e.preventDefault();
      setActive(move);
    } else if (e.key === 'Enter' && hits[active]) {
      e.preventDefault();
      openHit(hits[active]);
    }
  };

  const status = !ready
    ? debounced.length > 0
      ? t('search.tooShort')
      : t('search.hint')
    : search.isFetching && !results
      ? t('search.searching')
      : results && hits.length === 0
        ? t('search.none', { q: results.query })
        : t('search.count', { count: hits.length });

  let index = 0;
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('search.title')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      size="lg"
      yOffset="8vh"
      data-testid="search-dialog"
    >
      <Stack gap="sm">
        <TextInput
          data-autofocus
          label={t('search.label')}
          placeholder={t('search.placeholder')}
          value={q}
          maxLength={MAX_QUERY_LENGTH}
          onChange={(e) => setQ(e.currentTarget.value)}
          onKeyDown={onKeyDown}
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={hits.length > 0}
          aria-controls={listId}
          aria-activedescendant={hits.length > 0 ? optionId(active) : undefined}
          rightSection={search.isFetching && ready ? <Loader size="xs" /> : null}
          autoComplete="off"
          spellCheck={false}
        />
        <Text size="sm" c="dimmed" aria-live="polite" data-testid="search-status">
          {status}
        </Text>
        {search.isError && ready && <ProblemAlert error={search.error} />}
        <Box
          ref={listRef}
          id={listId}
          role="listbox"
          aria-label={t('search.results')}
          mah="60vh"
          style={{ overflowY: 'auto' }}
        >
          {results?.groups.map((g) => {
            const labelId = `${id}-${g.kind}`;
            return (
              <div key={g.kind} role="group" aria-labelledby={labelId}>
                <Text
                  id={labelId}
                  role="presentation"
                  size="xs"
                  fw={700}
                  tt="uppercase"
                  c="dimmed"
                  mt="xs"
                  mb={4}
                >
                  {t(KIND_LABEL[g.kind])}
                  {g.more ? ` · ${t('search.more')}` : ''}
                </Text>
                {g.hits.map((hit) => {
                  const i = index++;
                  const selected = i === active;
                  return (
                    <Group
                      key={`${hit.kind}-${hit.id}`}
                      id={optionId(i)}
                      data-index={i}
                      role="option"
                      aria-selected={selected}
                      onMouseMove={() => setActive(i)}
                      onClick={() => openHit(hit)}
                      px="sm"
                      py={6}
                      wrap="nowrap"
                      style={{
                        cursor: 'pointer',
                        borderRadius: 'var(--mantine-radius-sm)',
                        background: selected ? 'var(--mantine-primary-color-light)' : undefined,
                      }}
                    >
                      <div style={{ minWidth: 0 }}>
                        <Text size="sm" fw={500} lineClamp={1}>
                          {hit.title}
                        </Text>
                        {hit.subtitle && (
                          <Text size="xs" c="dimmed" lineClamp={1}>
                            {hit.subtitle}
                          </Text>
                        )}
                      </div>
                    </Group>
                  );
                })}
              </div>
            );
          })}
        </Box>
      </Stack>
    </Modal>
  );
}
