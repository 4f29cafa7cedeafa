// The comparison's filters: document kinds, one attribute value, and a date range.
import { Button, Group, MultiSelect, Select, TextInput } from '@mantine/core';
import { useMemo } from 'react';
import type { CompareData, CompareFilters as Filters } from '../../../../shared/compare';
import { DOCUMENT_KIND_LABELS, DOCUMENT_KINDS, type DocumentKind } from '../../../../shared/model';

interface CompareFiltersProps {
  data: CompareData;
  filters: Filters;
  onChange: (filters: Filters) => void;
}

/** The values an attribute takes among the documents, sorted, as text. */
function valuesOf(data: CompareData, name: string): string[] {
  const wanted = name.toLocaleLowerCase();
  const values = new Set<string>();
  for (const d of data.documents) {
    for (const [key, value] of Object.entries(d.attributes)) {
      if (key.toLocaleLowerCase() === wanted && value !== null && value !== '') values.add(String(value));
    }
  }
  return [...values].sort((a, b) => a.localeCompare(b));
}

export function CompareFilters({ data, filters, onChange }: CompareFiltersProps) {
  const condition = filters.attributes?.[0];
  const attributeNames = useMemo(() => data.attributeDefinitions.map((a) => a.name).sort((a, b) => a.localeCompare(b)), [data.attributeDefinitions]);
  const values = useMemo(() => (condition ? valuesOf(data, condition.name) : []), [data, condition]);
  const set = (patch: Partial<Filters>) => onChange({ ...filters, ...patch });
  const active = (filters.kinds?.length ?? 0) > 0 || condition !== undefined || Boolean(filters.dateFrom || filters.dateTo);
  return (
    <Group gap="xs" align="flex-end" wrap="wrap">
      <MultiSelect
        label="Document kinds"
        placeholder={filters.kinds?.length ? undefined : 'All kinds'}
        data={DOCUMENT_KINDS.map((k) => ({ value: k, label: DOCUMENT_KIND_LABELS[k] }))}
        value={[...(filters.kinds ?? [])]}
        onChange={(kinds) => set({ kinds: kinds as DocumentKind[] })}
        size="xs"
        w={220}
        clearable
      />
      <Select
        label="Attribute"
        placeholder="Any"
        data={attributeNames}
        value={condition?.name ?? null}
        onChange={(name) => set({ attributes: name ? [{ name, value: valuesOf(data, name)[0] ?? '' }] : [] })}
        size="xs"
        w={160}
        clearable
      />
      <Select
        label="equals"
        placeholder="Value"
        data={values}
        value={condition ? String(condition.value) : null}
        onChange={(value) => condition && value !== null && set({ attributes: [{ name: condition.name, value }] })}
        size="xs"
        w={150}
        disabled={!condition}
      />
      <TextInput label="Dated from" type="date" size="xs" w={140} value={filters.dateFrom ?? ''} onChange={(e) => set({ dateFrom: e.currentTarget.value || undefined })} />
      <TextInput label="to" type="date" size="xs" w={140} value={filters.dateTo ?? ''} onChange={(e) => set({ dateTo: e.currentTarget.value || undefined })} />
      {active && (
        <Button size="xs" variant="subtle" onClick={() => onChange({})}>
          Clear filters
        </Button>
      )}
    </Group>
  );
}
