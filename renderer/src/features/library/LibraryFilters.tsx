// The Library's filter bar: title words, kind, cities and language.
import { Button, Group, MultiSelect, Select, TextInput } from '@mantine/core';
import { IconSearch, IconX } from '@tabler/icons-react';
import { DOCUMENT_KIND_LABELS, type City, type DocumentKind } from '../../../../shared/model';
import { languageName, NO_FILTER, type RowFilter } from '../../../../shared/library';

interface LibraryFiltersProps {
  filter: RowFilter;
  onChange: (filter: RowFilter) => void;
  kinds: readonly DocumentKind[];
  languages: readonly string[];
  cities: readonly City[];
}

export function LibraryFilters({ filter, onChange, kinds, languages, cities }: LibraryFiltersProps) {
  const set = (patch: Partial<RowFilter>) => onChange({ ...filter, ...patch });
  const filtered = filter.text !== '' || filter.kind !== null || filter.language !== null || filter.cityIds.length > 0;
  return (
    <Group gap="sm" px="lg" py="sm" wrap="wrap" role="search" aria-label="Filter documents">
      <TextInput
        aria-label="Filter by title"
        placeholder="Filter by title"
        leftSection={<IconSearch size={16} />}
        value={filter.text}
        onChange={(event) => set({ text: event.currentTarget.value })}
        w={260}
      />
      <Select
        aria-label="Kind"
        placeholder="Any kind"
        data={kinds.map((k) => ({ value: k, label: DOCUMENT_KIND_LABELS[k] }))}
        value={filter.kind}
        onChange={(value) => set({ kind: value as DocumentKind | null })}
        clearable
        w={170}
      />
      <MultiSelect
        aria-label="Cities"
        placeholder={filter.cityIds.length ? undefined : 'Any city'}
        data={cities.map((c) => ({ value: c.id, label: c.name }))}
        value={filter.cityIds}
        onChange={(cityIds) => set({ cityIds })}
        searchable
        clearable
        nothingFoundMessage="No city by that name"
        miw={200}
        maw={360}
      />
      <Select
        aria-label="Language"
        placeholder="Any language"
        data={languages.map((l) => ({ value: l, label: languageName(l) }))}
        value={filter.language}
        onChange={(language) => set({ language })}
        clearable
        w={170}
      />
      {filtered && (
        <Button variant="subtle" color="gray" leftSection={<IconX size={16} />} onClick={() => onChange(NO_FILTER)}>
          Clear filters
        </Button>
      )}
    </Group>
  );
}
