// Share: repository archives (export, open, merge) and exchange with other tools, one section each.
import { Center, Stack, Title } from '@mantine/core';
import { ArchiveSection } from './ArchiveSection';
import { QdpxSection } from './QdpxSection';

export function ShareScreen() {
  return (
    <Center flex={1} p="xl">
      <Stack gap="lg" maw={760} w="100%">
        <Title order={2}>Share</Title>
        <ArchiveSection />
        <QdpxSection />
      </Stack>
    </Center>
  );
}
