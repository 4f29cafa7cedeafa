// Settings › You and the look: the coder name recorded on changes, and light, dark or the system's colour scheme.
import { Button, Group, Paper, SegmentedControl, Stack, Text, TextInput, Title, useMantineColorScheme, type MantineColorScheme } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { getCoderName, setCoderName } from '../../../../shared/coding';
import { useRepository } from '../../db';

export function GeneralSection() {
  const db = useRepository();
  const stored = useLiveQuery(() => getCoderName(db), [db]);
  const [name, setName] = useState('');
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const { colorScheme, setColorScheme } = useMantineColorScheme();
  useEffect(() => setName(stored ?? ''), [stored]);

  const save = async () => {
    const result = await setCoderName(db, name);
    setMessage(result.ok ? { text: `Changes are now recorded as made by ${result.value}.`, error: false } : { text: result.error.message, error: true });
  };

  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="settings-general">
      <Stack gap="md">
        <Title order={3} size="h4" id="settings-general">
          You and the look
        </Title>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          <Group align="flex-end" gap="sm">
            <TextInput
              label="Coder name"
              description="Recorded with every change, so the history shows who did what."
              value={name}
              onChange={(event) => setName(event.currentTarget.value)}
              w={320}
            />
            <Button type="submit" variant="default" disabled={name.trim() === (stored ?? '')}>
              Save name
            </Button>
          </Group>
        </form>
        {message && (
          <Text size="sm" c={message.error ? 'red' : undefined} role="status">
            {message.text}
          </Text>
        )}
        <div>
          <Text size="sm" fw={500} id="settings-scheme" mb={4}>
            Colour scheme
          </Text>
          <SegmentedControl
            aria-labelledby="settings-scheme"
            value={colorScheme}
            onChange={(value) => setColorScheme(value as MantineColorScheme)}
            data={[
              { value: 'light', label: 'Light' },
              { value: 'dark', label: 'Dark' },
              { value: 'auto', label: 'As the system' },
            ]}
          />
        </div>
      </Stack>
    </Paper>
  );
}
