// Edits a document's attributes: a defined attribute gets its typed input (number, date, yes/no, choice), others stay free text.
import { ActionIcon, Anchor, Autocomplete, Button, Group, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { attributeValueFor } from '../../../../shared/coding';
import type { AttributeDefinition } from '../../../../shared/model';
import { DomainError } from '../../../../shared/result';
import { useRepository } from '../../db';
import { AttributeValueInput } from '../codebook/AttributeValueInput';
import type { AttributeDraft } from './document-edit';

interface AttributesEditorProps {
  value: AttributeDraft[];
  onChange: (value: AttributeDraft[]) => void;
}

const same = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

/** A draft row for a defined attribute: the value converted for storing, or the reason it cannot be stored. */
export function typedDraft(definition: AttributeDefinition, value: string): AttributeDraft {
  try {
    return { key: definition.name, value, typed: { value: value.trim() === '' ? null : attributeValueFor(definition, value) } };
  } catch (error) {
    return { key: definition.name, value, typed: { problem: error instanceof DomainError ? error.message : String(error) } };
  }
}

export function AttributesEditor({ value, onChange }: AttributesEditorProps) {
  const db = useRepository();
  const definitions = useLiveQuery(() => db.attributeDefinitions.filter((a) => a.appliesTo === 'document').sortBy('name'), [db]) ?? [];
  const [newKey, setNewKey] = useState('');
  const [newValue, setNewValue] = useState('');
  const definitionOf = (key: string) => definitions.find((d) => same(d.name, key));
  const taken = value.some((a) => same(a.key, newKey));
  const newDefinition = definitionOf(newKey);
  const add = () => {
    if (!newKey.trim() || taken) return;
    onChange([...value, newDefinition ? typedDraft(newDefinition, newValue) : { key: newKey.trim(), value: newValue }]);
    setNewKey('');
    setNewValue('');
  };
  const unused = definitions.filter((d) => !value.some((a) => same(a.key, d.name))).map((d) => d.name);
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
      {value.map((attribute, index) => {
        const definition = definitionOf(attribute.key);
        const change = (text: string) => {
          const next = [...value];
          next[index] = definition ? typedDraft(definition, text) : { key: attribute.key, value: text };
          onChange(next);
        };
        return (
          <Group key={attribute.key} gap="xs" wrap="nowrap" align="flex-start">
            <Text size="sm" w={160} truncate title={definition ? `${attribute.key} (${definition.type})` : `${attribute.key} (not defined: free text)`} pt={4}>
              {attribute.key}
            </Text>
            {definition ? (
              <AttributeValueInput flex={1} definition={definition} aria-label={`Value of ${attribute.key}`} value={attribute.value} onChange={change} />
            ) : (
              <TextInput size="xs" flex={1} aria-label={`Value of ${attribute.key}`} value={attribute.value} onChange={(e) => change(e.currentTarget.value)} />
            )}
            <Tooltip label={`Remove ${attribute.key}`}>
              <ActionIcon variant="subtle" color="gray" aria-label={`Remove ${attribute.key}`} onClick={() => onChange(value.filter((_, i) => i !== index))}>
                <IconTrash size={16} />
              </ActionIcon>
            </Tooltip>
          </Group>
        );
      })}
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <Autocomplete
          size="xs"
          w={160}
          label="New attribute"
          placeholder="Choose or type a name"
          data={unused}
          value={newKey}
          onChange={setNewKey}
          error={taken && newKey.trim() ? 'Already listed' : undefined}
        />
        {newDefinition ? (
          <AttributeValueInput flex={1} definition={newDefinition} label="Its value" value={newValue} onChange={setNewValue} />
        ) : (
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
        )}
        <Button size="xs" mt={22} variant="light" leftSection={<IconPlus size={14} />} onClick={add} disabled={!newKey.trim() || taken}>
          Add
        </Button>
      </Group>
      {newKey.trim() !== '' && !newDefinition && !taken && (
        <Text size="xs" c="dimmed">
          “{newKey.trim()}” is not a defined attribute: it is kept as text. <Anchor href="#/codebook" size="xs">Define attributes</Anchor> for
          numbers, dates, yes/no and choice lists.
        </Text>
      )}
    </Stack>
  );
}
