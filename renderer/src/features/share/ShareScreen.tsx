// Share: save the repository as a .comparanda archive, or open one into an empty repository.
import { Alert, Button, Card, Center, Group, Stack, Text, Title } from '@mantine/core';
import { IconDownload, IconFolderOpen, IconInfoCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { useRepositoryCounts } from '../../app/use-counts';
import { useRepository } from '../../db';
import { openRepositoryArchive, saveRepositoryArchive } from './archive-actions';

export function ShareScreen() {
  const db = useRepository();
  const counts = useRepositoryCounts();
  const [busy, setBusy] = useState<'save' | 'open' | null>(null);
  const run = async (which: 'save' | 'open') => {
    setBusy(which);
    try {
      await (which === 'save' ? saveRepositoryArchive(db) : openRepositoryArchive(db));
    } finally {
      setBusy(null);
    }
  };
  const empty = counts !== undefined && counts.documents + counts.themes + counts.cities === 0;
  return (
    <Center flex={1} p="xl">
      <Stack gap="lg" maw={640} w="100%">
        <Title order={2}>Share</Title>
        <Card withBorder padding="lg">
          <Stack gap="sm">
            <Title order={3} size="h4">
              Repository archive
            </Title>
            <Text size="sm">
              A <Text span ff="monospace">.comparanda</Text> file holds the whole repository: documents with their original files, cities, the
              codebook, coded passages, memos and chapters. Send it to a colleague, or keep it as a backup.
            </Text>
            <Group>
              <Button leftSection={<IconDownload size={18} />} onClick={() => void run('save')} loading={busy === 'save'} disabled={busy !== null}>
                Export repository archive
              </Button>
              <Button
                variant="light"
                leftSection={<IconFolderOpen size={18} />}
                onClick={() => void run('open')}
                loading={busy === 'open'}
                disabled={busy !== null || !empty}
              >
                Open an archive…
              </Button>
            </Group>
            {!empty && (
              <Text size="xs" c="dimmed">
                An archive opens into an empty repository only, so nothing here is overwritten.
              </Text>
            )}
          </Stack>
        </Card>
        <Alert variant="light" color="gray" icon={<IconInfoCircle />} title="Exchange with other tools">
          Import and export of REFI-QDA projects (.qdpx), for NVivo, ATLAS.ti, MAXQDA and others, is not built in this version yet.
        </Alert>
      </Stack>
    </Center>
  );
}
