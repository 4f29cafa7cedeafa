// The Library's bulk action bar: set cities, kind, document-level themes or an attribute on every selected document, in one undoable step.
import { Button, CloseButton, Group, Paper, Select, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { attributeProblem, tagDocuments, type DocumentTags } from '../../../../shared/coding';
import { listThemes } from '../../../../shared/db';
import { DOCUMENT_KINDS, DOCUMENT_KIND_LABELS, type City, type DocumentKind } from '../../../../shared/model';
import { useAskCoder } from '../../app/CoderName';
import { useRepository } from '../../db';
import { AttributeValueInput } from '../codebook/AttributeValueInput';
import { withCoder } from '../reader/coding-actions';

type Action = 'add-city' | 'remove-city' | 'kind' | 'add-theme' | 'remove-theme' | 'attribute';

const ACTIONS: { value: Action; label: string }[] = [
  { value: 'add-city', label: 'Add a city' },
  { value: 'remove-city', label: 'Remove a city' },
  { value: 'kind', label: 'Set the kind' },
  { value: 'add-theme', label: 'Add a document theme' },
  { value: 'remove-theme', label: 'Remove a document theme' },
  { value: 'attribute', label: 'Set an attribute' },
];

export function BulkTagBar({ ids, cities, onClear }: { ids: readonly string[]; cities: readonly City[]; onClear: () => void }) {
  const db = useRepository();
  const ask = useAskCoder();
  const themes = useLiveQuery(() => listThemes(db), [db]) ?? [];
  const attributes = useLiveQuery(() => db.attributeDefinitions.filter((a) => a.appliesTo === 'document').toArray(), [db]) ?? [];
  const [action, setAction] = useState<Action | null>(null);
  const [value, setValue] = useState<string | null>(null);
  const [attributeValue, setAttributeValue] = useState('');

  const choices: { value: string; label: string }[] =
    action === 'add-city' || action === 'remove-city'
      ? cities.map((c) => ({ value: c.id, label: `${c.name} (${c.country})` }))
      : action === 'kind'
        ? DOCUMENT_KINDS.map((k) => ({ value: k, label: DOCUMENT_KIND_LABELS[k] }))
        : action === 'add-theme' || action === 'remove-theme'
          ? themes.map((t) => ({ value: t.id, label: t.name }))
          : attributes.map((a) => ({ value: a.id, label: `${a.name} (${a.type})` }));
  const attribute = action === 'attribute' ? attributes.find((a) => a.id === value) : undefined;
  const invalid = attribute !== undefined && attributeProblem(attribute, attributeValue) !== null;

  const tags = (): DocumentTags | null => {
    if (!action || !value) return null;
    switch (action) {
      case 'add-city':
        return { addCityIds: [value] };
      case 'remove-city':
        return { removeCityIds: [value] };
      case 'kind':
        return { kind: value as DocumentKind };
      case 'add-theme':
        return { addThemeIds: [value] };
      case 'remove-theme':
        return { removeThemeIds: [value] };
      case 'attribute':
        return { attributes: { [value]: attributeValue.trim() === '' ? null : attributeValue } };
    }
  };

  const apply = async () => {
    const chosen = tags();
    if (!chosen) return;
    const done = await withCoder(ask, 'The documents were not tagged', (ctx) => tagDocuments(db, ctx, [...ids], chosen));
    if (done) {
      setValue(null);
      setAttributeValue('');
    }
  };

  return (
    <Paper withBorder radius={0} px="lg" py="xs" role="toolbar" aria-label="Tag the selected documents" data-testid="bulk-bar">
      <Group gap="xs" wrap="wrap" align="flex-end">
        <Text size="sm" fw={600} aria-live="polite" miw={110}>
          {ids.length} selected
        </Text>
        <Select
          size="xs"
          aria-label="Bulk action"
          placeholder="Choose what to set"
          data={ACTIONS}
          value={action}
          onChange={(a) => {
            setAction(a as Action | null);
            setValue(null);
            setAttributeValue('');
          }}
          w={200}
        />
        {action && (
          <Select
            size="xs"
            aria-label={action === 'attribute' ? 'Attribute' : 'Value'}
            placeholder="Choose…"
            data={choices}
            value={value}
            onChange={(v) => {
              setValue(v);
              setAttributeValue('');
            }}
            searchable
            w={220}
            nothingFoundMessage="Nothing to choose"
          />
        )}
        {attribute && <AttributeValueInput definition={attribute} aria-label={`Value of ${attribute.name} (empty clears it)`} value={attributeValue} onChange={setAttributeValue} w={200} />}
        <Button size="xs" disabled={!value || invalid} onClick={() => void apply()}>
          Apply to {ids.length} {ids.length === 1 ? 'document' : 'documents'}
        </Button>
        <CloseButton aria-label="Clear the selection" onClick={onClear} ml="auto" />
      </Group>
    </Paper>
  );
}
