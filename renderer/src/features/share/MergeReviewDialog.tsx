// Reviewing a planned merge: its figures, near-miss themes to map or create, and each conflict's choice.
import { Alert, Button, Group, List, Modal, Radio, Select, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconGitMerge, IconInfoCircle } from '@tabler/icons-react';
import { NEW_THEME, type ConflictChoice, type MergePlan } from '../../../../shared/archive';
import type { RepositoryDb } from '../../../../shared/db';
import { MergeCounts, shownValue } from './MergeCounts';
import { useSelectionChoices } from './queries';

interface Props {
  db: RepositoryDb;
  name: string;
  plan: MergePlan;
  busy: boolean;
  onTheme: (incomingId: string, target: string) => void;
  onConflict: (conflictId: string, choice: ConflictChoice) => void;
  onApply: () => void;
  onCancel: () => void;
}

const REASONS = { spelling: 'spelled differently', similar: 'a similar name', chosen: 'your choice' } as const;

function ThemeMappings({ db, plan, onTheme }: Pick<Props, 'db' | 'plan' | 'onTheme'>) {
  const choices = useSelectionChoices(db);
  const mappings = plan.report.themeMappings;
  if (mappings.length === 0) return null;
  const data = [{ value: NEW_THEME, label: 'Create it as a new theme' }, ...(choices?.themes ?? []).map((t) => ({ value: t.value, label: `Merge into ${t.label}` }))];
  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        Themes that nearly match
      </Title>
      {mappings.map((m) => (
        <Select
          key={m.incomingId}
          label={`Incoming theme “${m.incomingPath}”`}
          description={`Close to “${m.suggestedPath}” (${REASONS[m.reason]})`}
          data={data}
          value={m.choice}
          onChange={(value) => value && onTheme(m.incomingId, value)}
          searchable
          allowDeselect={false}
          comboboxProps={{ withinPortal: true }}
        />
      ))}
    </Stack>
  );
}

function Conflicts({ plan, onConflict }: Pick<Props, 'plan' | 'onConflict'>) {
  const conflicts = plan.report.conflicts;
  if (conflicts.length === 0) return null;
  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        Differences ({conflicts.length})
      </Title>
      <Text size="sm" c="dimmed">
        By default the repository keeps what it has; the incoming value is recorded in the merge report. Choose “Take incoming” where the archive is right.
      </Text>
      <Table withTableBorder fz="sm" verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">What</Table.Th>
            <Table.Th scope="col">Here</Table.Th>
            <Table.Th scope="col">Incoming</Table.Th>
            <Table.Th scope="col">Keep</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {conflicts.map((c) => (
            <Table.Tr key={c.id}>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {c.subject}
                </Text>
                <Text size="xs" c="dimmed">
                  {c.kind === 'attributeDefinition' ? 'attribute' : c.kind} {c.field}
                </Text>
              </Table.Td>
              <Table.Td>{shownValue(c.current)}</Table.Td>
              <Table.Td>{shownValue(c.incoming)}</Table.Td>
              <Table.Td>
                {c.choosable ? (
                  <Radio.Group
                    label={<VisuallyHidden>{`${c.subject}: ${c.field}`}</VisuallyHidden>}
                    value={c.choice}
                    onChange={(value) => onConflict(c.id, value as ConflictChoice)}
                  >
                    <Stack gap={4}>
                      <Radio value="keep-current" label="Keep current" size="xs" />
                      <Radio value="take-incoming" label="Take incoming" size="xs" />
                    </Stack>
                  </Radio.Group>
                ) : (
                  <Text size="xs">Kept (cannot change)</Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

export function MergeReviewDialog({ db, name, plan, busy, onTheme, onConflict, onApply, onCancel }: Props) {
  const { archive, skipped, coders } = plan.report;
  const from = archive.repositoryName ? `“${archive.repositoryName}”, ` : '';
  return (
    <Modal opened onClose={onCancel} title={`Merge ${name} into this repository`} size="xl" centered closeOnClickOutside={false}>
      <Stack gap="md">
        <Text size="sm">
          {from}written {archive.createdAt.slice(0, 10)} by Comparanda {archive.appVersion}
          {archive.selection ? ` — a selection (${[...archive.selection.cities, ...archive.selection.themes].join(', ') || 'all documents'})` : ''}.
          {coders.length > 0 ? ` Passages coded by ${coders.join(', ')}; every coder’s passages are kept side by side.` : ''}
        </Text>
        <MergeCounts report={plan.report} caption="What the merge will do" />
        <ThemeMappings db={db} plan={plan} onTheme={onTheme} />
        <Conflicts plan={plan} onConflict={onConflict} />
        {skipped.length > 0 && (
          <Alert variant="light" color="yellow" icon={<IconInfoCircle />} title={`${skipped.length} item(s) will be skipped`}>
            <List size="sm">
              {skipped.slice(0, 20).map((s, i) => (
                <List.Item key={i}>
                  {s.what}: {s.reason}.
                </List.Item>
              ))}
            </List>
          </Alert>
        )}
        <Text size="xs" c="dimmed">
          The merge is one step in the history: Undo takes it back.
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel} disabled={busy}>
            Cancel
          </Button>
          <Button leftSection={<IconGitMerge size={18} />} onClick={onApply} loading={busy}>
            Merge
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
