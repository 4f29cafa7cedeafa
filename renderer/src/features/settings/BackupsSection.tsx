// Settings › Backups: on or off, how many to keep, how often, where; the backups there, each restorable; a backup now.
import { Button, Group, NumberInput, Paper, Select, Stack, Switch, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconDatabaseExport, IconFolder, IconRestore } from '@tabler/icons-react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { backupsNewestFirst, KEEP_LIMITS, type StoredBackup } from '../../../../shared/backup';
import { bridge, isDesktop } from '../../bridge';
import { useRepository } from '../../db';
import { backUpNow, bridgeBackupStore, restoreFromBackup, saveBackupSettings, useBackupSettings } from './backup-actions';
import { backupReason, backupWhen, bytes } from './format';
import { RestoreBackupModal } from './RestoreBackupModal';

const INTERVALS = [
  { value: '6', label: 'Every 6 hours' },
  { value: '12', label: 'Every 12 hours' },
  { value: '24', label: 'Once a day' },
  { value: '168', label: 'Once a week' },
];

export function BackupsSection({ restoreFirst }: { restoreFirst: boolean }) {
  const db = useRepository();
  const settings = useBackupSettings();
  const [place, setPlace] = useState<string>('');
  const [backups, setBackups] = useState<StoredBackup[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [restoring, setRestoring] = useState<string | null>(null);
  const [working, setWorking] = useState(false);

  const refresh = useCallback(async () => {
    const [where, listed] = await Promise.all([bridgeBackupStore.describe(), bridgeBackupStore.list()]);
    setPlace(where.ok ? where.value : where.error.message);
    if (listed.ok) {
      const order = backupsNewestFirst(listed.value.map((b) => b.name)).map((b) => b.name);
      setBackups(order.map((name) => listed.value.find((b) => b.name === name)!));
      setProblem(null);
    } else setProblem(listed.error.message);
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  // Restore from backup (menu): offer the newest backup once, when the list has arrived.
  const offered = useRef(false);
  useEffect(() => {
    if (!restoreFirst || offered.current || !backups?.[0]) return;
    offered.current = true;
    setRestoring(backups[0].name);
  }, [restoreFirst, backups]);

  const backUp = async () => {
    setWorking(true);
    const report = await backUpNow(db, 'manual');
    setWorking(false);
    if (!report.ok) setProblem(report.error.message);
    else if (!report.value.written) setProblem('The repository is empty: there is nothing to back up yet.');
    await refresh();
  };

  const chooseFolder = async (reset: boolean) => {
    const chosen = await bridge.chooseBackupFolder({ reset });
    if (!chosen.ok) setProblem(chosen.error.message);
    await refresh();
  };

  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="settings-backups">
      <Stack gap="md">
        <Title order={3} size="h4" id="settings-backups">
          Automatic backups
        </Title>
        <Text size="sm">
          A copy of the whole repository as a .comparanda archive, taken {isDesktop ? 'when you close Comparanda and ' : ''}at most as often as set below.
          Older backups beyond the number to keep are deleted.
        </Text>
        <Switch label="Take automatic backups" checked={settings.enabled} onChange={(e) => saveBackupSettings({ enabled: e.currentTarget.checked })} />
        <Group align="flex-end" gap="md">
          <NumberInput
            label="Backups to keep"
            min={KEEP_LIMITS.min}
            max={KEEP_LIMITS.max}
            value={settings.keep}
            onChange={(value) => typeof value === 'number' && saveBackupSettings({ keep: value })}
            w={160}
          />
          <Select
            label="How often"
            data={INTERVALS}
            value={String(settings.intervalHours)}
            onChange={(value) => value && saveBackupSettings({ intervalHours: Number(value) })}
            allowDeselect={false}
            w={200}
          />
        </Group>
        <div>
          <Text size="sm" fw={600}>
            Kept in
          </Text>
          <Text size="sm" style={{ wordBreak: 'break-all' }} data-testid="backup-place">
            {place}
          </Text>
          {isDesktop && (
            <Group gap="xs" mt="xs">
              <Button size="xs" variant="default" leftSection={<IconFolder size={16} />} onClick={() => void chooseFolder(false)}>
                Choose folder…
              </Button>
              <Button size="xs" variant="subtle" onClick={() => void chooseFolder(true)}>
                Use the default folder
              </Button>
            </Group>
          )}
        </div>
        <Group>
          <Button leftSection={<IconDatabaseExport size={18} />} onClick={() => void backUp()} loading={working}>
            Back up now
          </Button>
        </Group>
        {problem && (
          <Text size="sm" c="red" role="alert">
            {problem}
          </Text>
        )}
        <Title order={4} size="h5">
          Backups
        </Title>
        {backups && backups.length === 0 && <Text size="sm">No backups yet.</Text>}
        {backups && backups.length > 0 && (
          <Table striped withTableBorder aria-label="Backups" data-testid="backup-list">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Taken</Table.Th>
                <Table.Th scope="col">Why</Table.Th>
                <Table.Th scope="col">Size</Table.Th>
                <Table.Th scope="col">
                  <VisuallyHidden>Actions</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {backups.map((backup) => (
                <Table.Tr key={backup.name} title={backup.name}>
                  <Table.Td>{backupWhen(backup.name)}</Table.Td>
                  <Table.Td>{backupReason(backup.name)}</Table.Td>
                  <Table.Td>{bytes(backup.size)}</Table.Td>
                  <Table.Td>
                    <Button
                      size="xs"
                      variant="light"
                      leftSection={<IconRestore size={16} />}
                      aria-label={`Restore the backup from ${backupWhen(backup.name)}`}
                      onClick={() => setRestoring(backup.name)}
                    >
                      Restore…
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
      <RestoreBackupModal
        name={restoring}
        onCancel={() => setRestoring(null)}
        onRestore={async (name, keepCurrent) => {
          const done = await restoreFromBackup(db, name, keepCurrent);
          if (done) setRestoring(null);
          await refresh();
        }}
      />
    </Paper>
  );
}
