// The Settings screen: coder name and colour scheme, storage (persistence and use), automatic backups and restoring one.
import { ScrollArea, Stack, Text, Title } from '@mantine/core';
import { BackupsSection } from './BackupsSection';
import { GeneralSection } from './GeneralSection';
import { StorageSection } from './StorageSection';

export function SettingsScreen({ section }: { section?: string | undefined }) {
  return (
    <ScrollArea flex={1} type="auto">
      <Stack gap="lg" px="xl" py="lg" maw={900} mx="auto">
        <div>
          <Title order={2}>Settings</Title>
          <Text size="sm" c="dimmed">
            How Comparanda works on this computer. Backup settings stay here when you restore or open another repository.
          </Text>
        </div>
        <GeneralSection />
        <StorageSection />
        <BackupsSection restoreFirst={section === 'restore'} />
      </Stack>
    </ScrollArea>
  );
}
