// Settings › Storage: whether the browser keeps the repository for good (persistent storage) and how much it uses.
import { Badge, Button, Group, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { bytes } from './format';
import { storageStatus, type StorageStatus } from './storage';

export function StorageSection() {
  const [status, setStatus] = useState<StorageStatus | null>(null);
  const refresh = useCallback(() => void storageStatus().then(setStatus), []);
  useEffect(refresh, [refresh]);
  const share = status?.usage != null && status.quota ? Math.min(100, (status.usage / status.quota) * 100) : null;
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="settings-storage">
      <Stack gap="sm">
        <Title order={3} size="h4" id="settings-storage">
          Storage
        </Title>
        <Group gap="sm">
          <Text size="sm">Persistent storage:</Text>
          {status === null ? (
            <Text size="sm">checking…</Text>
          ) : (
            <Badge color={status.persisted ? 'teal' : 'orange'} variant="light" data-testid="storage-persisted">
              {status.persisted === null ? 'not available' : status.persisted ? 'granted' : 'not granted'}
            </Badge>
          )}
        </Group>
        <Text size="sm">
          {status?.persisted
            ? 'The repository is kept until you delete it: the browser will not clear it to free space.'
            : 'The browser may clear the repository when the disk runs short of space. Backups protect against that; installing the desktop app or bookmarking this page can make the browser grant persistent storage.'}
        </Text>
        <Text size="sm" data-testid="storage-usage">
          Used: {bytes(status?.usage ?? null)} of {bytes(status?.quota ?? null)} available to Comparanda
        </Text>
        {share !== null && <Progress value={share} aria-label="Storage used" size="sm" />}
        <Group>
          <Button size="xs" variant="default" onClick={refresh}>
            Check again
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
