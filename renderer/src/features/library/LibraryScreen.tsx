// The Library: every document in the repository, filtered and sorted, opening into the Reader.
import { Button, Center, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { IconFileImport, IconFilterOff, IconFolderOpen } from '@tabler/icons-react';
import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import { useLocation } from 'wouter';
import { filterChoices, filterRows, nextSort, NO_FILTER, sortRows, type RowFilter, type RowSort } from '../../../../shared/library';
import { openSampleProject } from '../../app/repository-actions';
import { pickFilesToImport } from '../import/import-actions';
import { useImportSessionInstance } from '../import/import-session';
import { useRepository } from '../../db';
import { BulkTagBar } from './BulkTagBar';
import { DocumentTable } from './DocumentTable';
import { NO_SELECTION, toggleAll, toggleRow, type RowSelection } from './row-selection';
import { LibraryEmptyState } from './LibraryEmptyState';
import { LibraryFilters } from './LibraryFilters';
import { useLibraryData } from './queries';

export function LibraryScreen() {
  const db = useRepository();
  const data = useLibraryData(db);
  const importSession = useImportSessionInstance();
  const [, navigate] = useLocation();
  const [sort, setSort] = useState<RowSort>({ key: 'imported', direction: 'descending' });
  const [filter, setFilter] = useState<RowFilter>(NO_FILTER);
  const [loadingSample, setLoadingSample] = useState(false);
  const [selection, setSelection] = useState<RowSelection>(NO_SELECTION);
  const deferredFilter = useDeferredValue(filter);
  const deferredSort = useDeferredValue(sort);

  const allRows = data?.rows;
  const choices = useMemo(() => filterChoices(allRows ?? []), [allRows]);
  const visible = useMemo(
    () => sortRows(filterRows(allRows ?? [], deferredFilter), deferredSort),
    [allRows, deferredFilter, deferredSort],
  );
  const shownIds = useMemo(() => visible.map((r) => r.id), [visible]);
  // Documents removed since they were selected drop out of the selection.
  const selectedIds = useMemo(() => {
    const present = new Set((allRows ?? []).map((r) => r.id));
    return [...selection.ids].filter((id) => present.has(id));
  }, [selection.ids, allRows]);
  const onToggle = useCallback((id: string, shift: boolean) => setSelection((s) => toggleRow(s, shownIds, id, shift)), [shownIds]);

  const openSample = async () => {
    setLoadingSample(true);
    try {
      await openSampleProject(db);
    } finally {
      setLoadingSample(false);
    }
  };

  if (!data) {
    return (
      <Center flex={1}>
        <Loader aria-label="Opening the library" />
      </Center>
    );
  }

  if (data.rows.length === 0) {
    return <LibraryEmptyState onImport={(folders) => void pickFilesToImport(db, importSession, folders)} onOpenSample={() => void openSample()} loadingSample={loadingSample} />;
  }

  const total = data.rows.length;
  const shown = visible.length;
  return (
    <Stack gap={0} flex={1} mih={0}>
      <Group justify="space-between" px="lg" pt="md" wrap="nowrap">
        <div>
          <Title order={2} size="h3">
            Library
          </Title>
          <Text size="sm" c="dimmed" aria-live="polite" data-testid="library-count">
            {shown === total
              ? `${total.toLocaleString('en')} ${total === 1 ? 'document' : 'documents'}`
              : `${shown.toLocaleString('en')} of ${total.toLocaleString('en')} documents`}
          </Text>
        </div>
        <Group gap="xs" wrap="nowrap">
          <Button leftSection={<IconFolderOpen size={18} />} variant="subtle" onClick={() => void pickFilesToImport(db, importSession, true)}>
            Import a folder…
          </Button>
          <Button leftSection={<IconFileImport size={18} />} variant="light" onClick={() => void pickFilesToImport(db, importSession, false)}>
            Import files…
          </Button>
        </Group>
      </Group>
      <LibraryFilters filter={filter} onChange={setFilter} kinds={choices.kinds} languages={choices.languages} cities={data.cities} />
      {selectedIds.length > 0 && <BulkTagBar ids={selectedIds} cities={data.cities} onClear={() => setSelection(NO_SELECTION)} />}
      {shown === 0 ? (
        <Center flex={1} p="xl">
          <Stack align="center" gap="sm">
            <Text fw={600}>No documents match these filters</Text>
            <Button variant="light" leftSection={<IconFilterOff size={18} />} onClick={() => setFilter(NO_FILTER)}>
              Clear filters
            </Button>
          </Stack>
        </Center>
      ) : (
        <DocumentTable
          rows={visible}
          sort={sort}
          onSort={(key) => setSort((current) => nextSort(current, key))}
          onOpen={(id) => navigate(`/reader/${encodeURIComponent(id)}`)}
          selected={selection.ids}
          onToggle={onToggle}
          onToggleAll={() => setSelection((s) => toggleAll(s, shownIds))}
        />
      )}
    </Stack>
  );
}
