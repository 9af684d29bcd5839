import { ActionIcon, Button, Kbd, Tooltip } from '@mantine/core';
import { useDisclosure, useHotkeys } from '@mantine/hooks';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { featureMessages } from '@/i18n';

// The dialog and its strings load on first use: the header stays light for the first page.
const ensureMessages = featureMessages((lng) => import(`../i18n/${lng}.json`));
const SearchDialog = lazy(async () => (await Promise.all([import('./search-dialog'), ensureMessages()]))[0]);

function SearchIcon() {
  return (
    <svg
      width="16"
      height="16"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      aria-hidden="true"
    >
      <circle cx="11" cy="11" r="7" />
      <path d="m20 20-3.5-3.5" />
    </svg>
  );
}

/** The header's search box: a button (and Ctrl+K or ⌘K anywhere) that opens the search dialog. */
export function SearchBox() {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  // Ctrl+K and ⌘K everywhere, in form fields too (the browser's own Ctrl+K is not what is meant here)
  useHotkeys(
    [
      ['ctrl+K', open],
      ['meta+K', open],
    ],
    [],
  );
  const label = t('nav.search');
  return (
    <>
      <Button
        variant="default"
        size="xs"
        leftSection={<SearchIcon />}
        rightSection={<Kbd size="xs">Ctrl K</Kbd>}
        onClick={open}
        aria-haspopup="dialog"
        aria-keyshortcuts="Control+K Meta+K"
        visibleFrom="sm"
        data-testid="search-open"
      >
        {label}
      </Button>
      <Tooltip label={label}>
        <ActionIcon
          variant="default"
          size="lg"
          onClick={open}
          aria-label={label}
          aria-haspopup="dialog"
          aria-keyshortcuts="Control+K Meta+K"
          hiddenFrom="sm"
        >
          <SearchIcon />
        </ActionIcon>
      </Tooltip>
      {opened && (
        <Suspense fallback={null}>
          <SearchDialog onClose={close} />
        </Suspense>
      )}
    </>
  );
}
