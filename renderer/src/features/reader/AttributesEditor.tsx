// Edits a document's attributes: change a value, remove one, or add a new name with its value.
import { ActionIcon, Button, Group, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import type { AttributeDraft } from './document-edit';

interface AttributesEditorProps {
  value: AttributeDraft[];
  onChange: (value: AttributeDraft[]) => void;
}

export function AttributesEditor({ value, onChange }: AttributesEditorProps) {
  const [newKey, setNewKey] = useState('');
  const [newValue, setNewValue] = useState('');
  const taken = value.some((a) => a.key.trim() === newKey.trim());
  const add = () => {
    if (!newKey.trim() || taken) return;
    onChange([...value, { key: newKey.trim(), value: newValue }]);
    setNewKey('');
    setNewValue('');
  };
  return (
    <Stack gap={6}>
      <Text size="sm" fw={500}>
        Attributes
      </Text>
      {value.length === 0 && (
        <Text size="xs" c="dimmed">
          No attributes yet: add project, stakeholder group or anything you record per document.
        </Text>
      )}
      {value.map((attribute, index) => (
        <Group key={attribute.key} gap="xs" wrap="nowrap" align="center">
          <Text size="sm" w={160} truncate title={attribute.key}>
            {attribute.key}
          </Text>
          <TextInput
            size="xs"
            flex={1}
            aria-label={`Value of ${attribute.key}`}
            value={attribute.value}
            onChange={(event) => {
              const next = [...value];
              next[index] = { key: attribute.key, value: event.currentTarget.value };
              onChange(next);
            }}
          />
          <Tooltip label={`Remove ${attribute.key}`}>
            <ActionIcon variant="subtle" color="gray" aria-label={`Remove ${attribute.key}`} onClick={() => onChange(value.filter((_, i) => i !== index))}>
              <IconTrash size={16} />
            </ActionIcon>
          </Tooltip>
        </Group>
      ))}
      <Group gap="xs" wrap="nowrap" align="flex-end">
        <TextInput size="xs" w={160} label="New attribute" placeholder="e.g. stakeholder group" value={newKey} onChange={(e) => setNewKey(e.currentTarget.value)} error={taken && newKey.trim() ? 'Already listed' : undefined} />
        <TextInput
          size="xs"
          flex={1}
          label="Its value"
          value={newValue}
          onChange={(e) => setNewValue(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              add();
            }
          }}
        />
        <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={add} disabled={!newKey.trim() || taken}>
          Add
        </Button>
      </Group>
    </Stack>
  );
}
