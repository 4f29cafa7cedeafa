// The Reader's form for a document's details: title, kind, cities, date and attributes, saved as one undoable change.
import { Button, Group, MultiSelect, Paper, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { DOCUMENT_KIND_LABELS, DOCUMENT_KINDS, type City, type Document, type DocumentKind } from '../../../../shared/model';
import { AttributesEditor } from './AttributesEditor';
import { draftOf, draftProblem, editOf, type DetailsDraft } from './document-edit';
import type { DocumentEdit } from '../../../../shared/db';

interface DocumentDetailsFormProps {
  document: Document;
  /** Every city of the repository, to choose from. */
  cities: City[];
  onSave: (edit: DocumentEdit) => Promise<boolean>;
  onCancel: () => void;
}

const KIND_CHOICES = DOCUMENT_KINDS.map((kind) => ({ value: kind, label: DOCUMENT_KIND_LABELS[kind] }));

export function DocumentDetailsForm({ document: doc, cities, onSave, onCancel }: DocumentDetailsFormProps) {
  const [draft, setDraft] = useState<DetailsDraft>(() => draftOf(doc));
  const [saving, setSaving] = useState(false);
  const problem = draftProblem(draft);
  const change = (patch: Partial<DetailsDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const save = async () => {
    if (problem) return;
    setSaving(true);
    try {
      if (await onSave(editOf(doc, draft))) onCancel();
    } finally {
      setSaving(false);
    }
  };
  return (
    <Paper withBorder p="md" radius="md" component="form" aria-label="Document details" onSubmit={(event) => {
      event.preventDefault();
      void save();
    }}>
      <Stack gap="sm">
        <TextInput label="Title" value={draft.title} onChange={(e) => change({ title: e.currentTarget.value })} data-autofocus />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Select label="Kind" data={KIND_CHOICES} value={draft.kind} allowDeselect={false} onChange={(kind) => kind && change({ kind: kind as DocumentKind })} />
          <TextInput label="Date" type="date" title="The date the material is about (interview, report)" value={draft.date} onChange={(e) => change({ date: e.currentTarget.value })} />
        </SimpleGrid>
        <MultiSelect
          label="Cities"
          placeholder={cities.length === 0 ? 'The repository has no cities yet' : 'Choose cities'}
          data={cities.map((c) => ({ value: c.id, label: c.country ? `${c.name} · ${c.country}` : c.name }))}
          value={draft.cityIds}
          onChange={(cityIds) => change({ cityIds })}
          searchable
          clearable
          disabled={cities.length === 0}
        />
        <AttributesEditor value={draft.attributes} onChange={(attributes) => change({ attributes })} />
        {problem && (
          <Text size="sm" c="red" role="alert">
            {problem}
          </Text>
        )}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" disabled={problem !== null} loading={saving}>
            Save details
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
