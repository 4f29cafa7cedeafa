// What an empty repository shows: the two ways to get documents in.
import { Button, Center, Group, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconBooks, IconFileImport, IconFolderOpen, IconSparkles } from '@tabler/icons-react';

interface LibraryEmptyStateProps {
  onImport: (folders: boolean) => void;
  onOpenSample: () => void;
  loadingSample: boolean;
}

export function LibraryEmptyState({ onImport, onOpenSample, loadingSample }: LibraryEmptyStateProps) {
  return (
    <Center flex={1} p="xl">
      <Stack align="center" gap="md" maw={520} ta="center">
        <ThemeIcon size={72} radius="xl" variant="light">
          <IconBooks size={40} stroke={1.4} />
        </ThemeIcon>
        <Title order={2}>Your library is empty</Title>
        <Text c="dimmed">
          Import interviews, transcripts, reports and field notes (text, Word, PDF, OpenDocument, subtitles), or explore Comparanda with a
          sample project: documents about migrant inclusion in several European cities, with a codebook and coded passages.
        </Text>
        <Group gap="md" mt="sm" justify="center">
          <Button size="lg" leftSection={<IconFileImport size={22} />} onClick={() => onImport(false)}>
            Import files…
          </Button>
          <Button size="lg" variant="light" leftSection={<IconSparkles size={22} />} onClick={onOpenSample} loading={loadingSample}>
            Open sample project
          </Button>
        </Group>
        <Button variant="subtle" leftSection={<IconFolderOpen size={18} />} onClick={() => onImport(true)}>
          Import a whole folder…
        </Button>
        <Text size="sm" c="dimmed">
          You can also drop files and folders anywhere on this window.
        </Text>
      </Stack>
    </Center>
  );
}
