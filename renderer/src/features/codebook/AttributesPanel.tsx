// The Attributes tab: define typed attributes for documents and cities, rename them, change a choice list, delete them.
import { ActionIcon, Button, Group, Menu, Modal, SegmentedControl, Select, Stack, Table, TagsInput, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { IconDots } from '@tabler/icons-react';
import { useState } from 'react';
import { defineAttribute, deleteAttribute, renameAttribute, updateChoices } from '../../../../shared/coding';
import type { RepositoryDb } from '../../../../shared/db';
import { ATTRIBUTE_TYPES, type AttributeDefinition, type AttributeType } from '../../../../shared/model';
import { useAskCoder } from '../../app/CoderName';
import { useRepository } from '../../db';
import { withCoder } from '../reader/coding-actions';
import { useAttributeRows, type AttributeRow } from './queries';

export const ATTRIBUTE_TYPE_LABELS: Record<AttributeType, string> = {
  text: 'Text',
  number: 'Number',
  date: 'Date',
  boolean: 'Yes / no',
  choice: 'Choice list',
};

const TYPE_CHOICES = ATTRIBUTE_TYPES.map((t) => ({ value: t, label: ATTRIBUTE_TYPE_LABELS[t] }));
const TARGETS = [
  { value: 'document', label: 'Documents' },
  { value: 'city', label: 'Cities' },
];

function DefineAttribute({ db }: { db: RepositoryDb }) {
  const ask = useAskCoder();
  const [name, setName] = useState('');
  const [appliesTo, setAppliesTo] = useState<AttributeDefinition['appliesTo']>('document');
  const [type, setType] = useState<AttributeType>('text');
  const [choices, setChoices] = useState<string[]>([]);
  const ready = name.trim() !== '' && (type !== 'choice' || choices.length > 0);
  const add = async () => {
    const done = await withCoder(ask, 'The attribute was not defined', (ctx) => defineAttribute(db, ctx, { name, appliesTo, type, choices }));
    if (done) {
      setName('');
      setChoices([]);
    }
  };
  return (
    <form
      aria-label="Define an attribute"
      onSubmit={(e) => {
        e.preventDefault();
        if (ready) void add();
      }}
    >
      <Stack gap="xs">
        <Group gap="xs" align="flex-end" wrap="wrap">
          <TextInput label="New attribute" placeholder="e.g. stakeholder group" value={name} onChange={(e) => setName(e.currentTarget.value)} w={220} />
          <Stack gap={4}>
            <Text size="sm" fw={500} id="attribute-target-label">
              For
            </Text>
            <SegmentedControl aria-labelledby="attribute-target-label" data={TARGETS} value={appliesTo} onChange={(v) => setAppliesTo(v as AttributeDefinition['appliesTo'])} />
          </Stack>
          <Select label="Type" data={TYPE_CHOICES} value={type} allowDeselect={false} onChange={(v) => v && setType(v as AttributeType)} w={150} />
          <Button type="submit" disabled={!ready}>
            Define attribute
          </Button>
        </Group>
        {type === 'choice' && (
          <TagsInput
            label="Choices"
            description="Type a choice and press Enter; a choice list needs at least one"
            value={choices}
            onChange={setChoices}
            maw={560}
          />
        )}
      </Stack>
    </form>
  );
}

function RenameForm({ attribute, holders, onRename, onCancel }: { attribute: AttributeRow; holders: string; onRename: (name: string) => void; onCancel: () => void }) {
  const [name, setName] = useState(attribute.name);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        onRename(name);
      }}
    >
      <Stack gap="sm">
        <TextInput label="New name" value={name} onChange={(e) => setName(e.currentTarget.value)} data-autofocus />
        <Text size="xs" c="dimmed">
          The values on {holders} move to the new name.
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" disabled={name.trim() === '' || name.trim() === attribute.name}>
            Rename
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

type AttributeDialog = { kind: 'rename' | 'delete'; attribute: AttributeRow } | null;

function AttributeDialogs({ db, dialog, onClose }: { db: RepositoryDb; dialog: AttributeDialog; onClose: () => void }) {
  const ask = useAskCoder();
  const attribute = dialog?.attribute;
  const holders = attribute ? `${attribute.holders} ${attribute.appliesTo === 'document' ? (attribute.holders === 1 ? 'document' : 'documents') : attribute.holders === 1 ? 'city' : 'cities'}` : '';
  const run = async (name = '') => {
    if (!dialog || !attribute) return;
    const done =
      dialog.kind === 'rename'
        ? await withCoder(ask, 'The attribute was not renamed', (ctx) => renameAttribute(db, ctx, attribute.id, name))
        : await withCoder(ask, 'The attribute was not deleted', (ctx) => deleteAttribute(db, ctx, attribute.id));
    if (done) onClose();
  };
  return (
    <Modal opened={dialog !== null} onClose={onClose} title={dialog ? `${dialog.kind === 'rename' ? 'Rename' : 'Delete'} attribute: ${attribute?.name}` : ''}>
      {dialog?.kind === 'rename' && attribute && (
        <RenameForm key={attribute.id} attribute={attribute} holders={holders} onRename={(name) => void run(name)} onCancel={onClose} />
      )}
      {dialog?.kind === 'delete' && attribute && (
        <Stack gap="sm">
          <Text size="sm">
            {attribute.holders > 0
              ? `${holders} ${attribute.holders === 1 ? 'has' : 'have'} a value of ${attribute.name}. Deleting the attribute removes those values too. Undo brings them back.`
              : `No ${attribute.appliesTo === 'document' ? 'document' : 'city'} has a value of ${attribute.name}.`}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button color="red" onClick={() => void run()} data-autofocus>
              Delete attribute
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}

export function AttributesPanel() {
  const db = useRepository();
  const ask = useAskCoder();
  const rows = useAttributeRows(db);
  const [dialog, setDialog] = useState<AttributeDialog>(null);
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        Attributes are what you record per document (project, stakeholder group, interview date…) or per city (population, region…). Set
        document values in the Reader or for many documents at once in the Library; city values in the Cities tab.
      </Text>
      <DefineAttribute db={db} />
      {rows && rows.length === 0 && <Text c="dimmed">No attributes defined yet.</Text>}
      {rows && rows.length > 0 && (
        <Table striped highlightOnHover aria-label="Attributes">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Attribute</Table.Th>
              <Table.Th>For</Table.Th>
              <Table.Th>Type</Table.Th>
              <Table.Th>Choices</Table.Th>
              <Table.Th>In use</Table.Th>
              <Table.Th>
                <VisuallyHidden>Actions</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.id} data-testid="attribute-row">
                <Table.Td>{row.name}</Table.Td>
                <Table.Td>{row.appliesTo === 'document' ? 'Documents' : 'Cities'}</Table.Td>
                <Table.Td>{ATTRIBUTE_TYPE_LABELS[row.type]}</Table.Td>
                <Table.Td miw={240}>
                  {row.type === 'choice' ? (
                    <TagsInput
                      size="xs"
                      aria-label={`Choices of ${row.name}`}
                      value={row.choices}
                      onChange={(choices) => void withCoder(ask, 'The choices were not changed', (ctx) => updateChoices(db, ctx, row.id, choices))}
                    />
                  ) : (
                    <Text size="xs" c="dimmed">
                      —
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{row.holders}</Table.Td>
                <Table.Td>
                  <Menu position="bottom-end">
                    <Menu.Target>
                      <ActionIcon variant="subtle" color="gray" aria-label={`Actions for ${row.name}`}>
                        <IconDots size={16} />
                      </ActionIcon>
                    </Menu.Target>
                    <Menu.Dropdown>
                      <Menu.Item onClick={() => setDialog({ kind: 'rename', attribute: row })}>Rename…</Menu.Item>
                      <Menu.Item color="red" onClick={() => setDialog({ kind: 'delete', attribute: row })}>
                        Delete…
                      </Menu.Item>
                    </Menu.Dropdown>
                  </Menu>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <AttributeDialogs db={db} dialog={dialog} onClose={() => setDialog(null)} />
    </Stack>
  );
}
