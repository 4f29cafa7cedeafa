// The history panel: every change newest first, with who made it, when, and whether it is undone; live.
import { Badge, Drawer, Group, Stack, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { historyEntries } from '../../../../shared/coding';
import { useRepository } from '../../db';

export function HistoryDrawer({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const db = useRepository();
  const entries = useLiveQuery(() => (opened ? historyEntries(db, 500) : Promise.resolve(undefined)), [db, opened]);
  return (
    <Drawer opened={opened} onClose={onClose} position="right" title="History" size="md">
      {entries && entries.length === 0 && <Text c="dimmed">No changes yet.</Text>}
      <Stack gap={0} component="ol" aria-label="Changes, newest first" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {(entries ?? []).map((entry) => (
          <Group
            key={entry.seq}
            component="li"
            justify="space-between"
            wrap="nowrap"
            py={8}
            data-testid="history-entry"
            style={{ borderBottom: '1px solid var(--mantine-color-default-border)', opacity: entry.state === 'undone' ? 0.6 : 1 }}
          >
            <Stack gap={0} miw={0} flex={1}>
              <Text size="sm" td={entry.state === 'undone' ? 'line-through' : undefined}>
                {entry.label}
              </Text>
              <Text size="xs" c="dimmed">
                {entry.coder} · {new Date(entry.at).toLocaleString()}
              </Text>
            </Stack>
            <Badge variant="light" color={entry.state === 'undone' ? 'gray' : 'teal'} tt="none">
              {entry.state === 'undone' ? 'Undone' : 'Done'}
            </Badge>
          </Group>
        ))}
      </Stack>
    </Drawer>
  );
}
