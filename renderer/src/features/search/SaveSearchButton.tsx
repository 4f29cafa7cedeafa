// "Save search": the query stored under a name (the core's saved searches), then listed in the sidebar.
import { Button, Group, Popover, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconBookmark } from '@tabler/icons-react';
import { useState } from 'react';
import { saveSearch } from '../../../../shared/search';
import { useRepository } from '../../db';

export function SaveSearchButton({ query, disabled }: { query: string; disabled: boolean }) {
  const db = useRepository();
  const [opened, setOpened] = useState(false);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const save = async () => {
    const saved = await saveSearch(db, { name, query });
    if (!saved.ok) {
      setError(saved.error.message);
      return;
    }
    notifications.show({ title: 'Search saved', message: `"${saved.value.name}" is in the sidebar under Search.`, color: 'teal', autoClose: 3000 });
    setOpened(false);
    setName('');
    setError(null);
  };
  return (
    <Popover opened={opened} onChange={setOpened} trapFocus position="bottom-end" withArrow>
      <Popover.Target>
        <Button size="xs" variant="default" leftSection={<IconBookmark size={16} />} disabled={disabled} onClick={() => setOpened((o) => !o)}>
          Save search
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          <Stack gap="xs" w={260}>
            <TextInput label="Name of the search" value={name} onChange={(e) => setName(e.currentTarget.value)} error={error} data-autofocus />
            <Group justify="flex-end">
              <Button size="xs" type="submit">
                Save
              </Button>
            </Group>
          </Stack>
        </form>
      </Popover.Dropdown>
    </Popover>
  );
}
