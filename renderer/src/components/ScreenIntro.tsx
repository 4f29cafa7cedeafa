// A screen's explanation of what it is for and what it needs, for screens whose tools are not built yet.
import { Anchor, Center, List, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import type { Icon } from '@tabler/icons-react';
import type { ReactNode } from 'react';

interface ScreenIntroProps {
  icon: Icon;
  title: string;
  purpose: string;
  /** What the screen needs from the repository, with whether it is already there. */
  needs: { label: string; met: boolean }[];
  status: string;
  children?: ReactNode;
}

export function ScreenIntro({ icon: IconComponent, title, purpose, needs, status, children }: ScreenIntroProps) {
  return (
    <Center flex={1} p="xl">
      <Stack gap="md" maw={560}>
        <ThemeIcon size={56} radius="xl" variant="light">
          <IconComponent size={30} stroke={1.5} />
        </ThemeIcon>
        <Title order={2}>{title}</Title>
        <Text>{purpose}</Text>
        {needs.length > 0 && (
          <div>
            <Text fw={600} size="sm" mb={4}>
              What it works with
            </Text>
            <List size="sm" spacing={4}>
              {needs.map((need) => (
                <List.Item key={need.label}>
                  {need.label}{' '}
                  <Text span size="sm" c={need.met ? 'teal' : 'dimmed'}>
                    {need.met ? '(in this repository)' : '(none yet)'}
                  </Text>
                </List.Item>
              ))}
            </List>
          </div>
        )}
        <Text size="sm" c="dimmed">
          {status} Meanwhile, the <Anchor href="#/library">Library</Anchor> and the Reader work with everything in the repository.
        </Text>
        {children}
      </Stack>
    </Center>
  );
}
