// The Codebook: the editable theme tree with counts, codebook files (.qdc, CSV) in and out, and the Cities and Attributes tabs.
import { Alert, Anchor, Button, Center, Group, Loader, Menu, ScrollArea, Stack, Tabs, Text, TextInput, Title } from '@mantine/core';
import { IconDownload, IconUpload } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useRef, useState } from 'react';
import { moveTheme } from '../../../../shared/coding';
import { createTheme, repositoryName } from '../../../../shared/db';
import { useAskCoder } from '../../app/CoderName';
import { useRepository } from '../../db';
import { withCoder } from '../reader/coding-actions';
import { AttributesPanel } from './AttributesPanel';
import { CitiesPanel } from './CitiesPanel';
import { exportCodebook, importCodebookFile, type ImportOutcome } from './codebook-actions';
import { useCodebook } from './queries';
import { ThemeDialogs, type ThemeDialog } from './ThemeDialogs';
import { THEME_DRAG_TYPE, ThemeTreeEditor } from './ThemeTreeEditor';

function ThemesPanel() {
  const db = useRepository();
  const ask = useAskCoder();
  const data = useCodebook(db);
  const name = useLiveQuery(() => repositoryName(db), [db]);
  const [dialog, setDialog] = useState<ThemeDialog>(null);
  const [newName, setNewName] = useState('');
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  if (!data) {
    return (
      <Center p="xl">
        <Loader aria-label="Opening the codebook" />
      </Center>
    );
  }

  const add = async () => {
    if (newName.trim() === '') return;
    const done = await withCoder(ask, 'The theme was not added', (ctx) => createTheme(db, ctx, { name: newName }));
    if (done) setNewName('');
  };

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    const ctx = await ask();
    if (!ctx) return;
    setOutcome(await importCodebookFile(db, ctx, file.name, await file.text()));
  };

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void add();
          }}
        >
          <Group gap="xs" align="flex-end">
            <TextInput label="New top-level theme" value={newName} onChange={(e) => setNewName(e.currentTarget.value)} w={240} />
            <Button type="submit" disabled={newName.trim() === ''}>
              Add theme
            </Button>
          </Group>
        </form>
        <Group gap="xs">
          <Button variant="default" leftSection={<IconUpload size={16} />} onClick={() => fileInput.current?.click()}>
            Import codebook…
          </Button>
          <input
            ref={fileInput}
            type="file"
            accept=".qdc,.csv"
            hidden
            data-testid="codebook-file"
            onChange={(e) => {
              void onFile(e.currentTarget.files?.[0]);
              e.currentTarget.value = '';
            }}
          />
          <Menu position="bottom-end">
            <Menu.Target>
              <Button variant="default" leftSection={<IconDownload size={16} />} disabled={data.themes.length === 0}>
                Export codebook
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item onClick={() => void exportCodebook(data.themes, 'qdc', name)}>REFI-QDA codebook (.qdc)</Menu.Item>
              <Menu.Item onClick={() => void exportCodebook(data.themes, 'csv', name)}>Spreadsheet (.csv)</Menu.Item>
            </Menu.Dropdown>
          </Menu>
        </Group>
      </Group>
      {outcome && (
        <Alert color={outcome.ok ? 'teal' : 'red'} title={outcome.ok ? 'Codebook imported' : 'The codebook was not imported'} withCloseButton onClose={() => setOutcome(null)}>
          {outcome.message}
        </Alert>
      )}
      {data.nodes.length === 0 ? (
        <Text c="dimmed">
          The codebook is empty. Add a theme above, import a codebook, or open the <Anchor href="#/library">sample project</Anchor>.
        </Text>
      ) : (
        <>
          <ThemeTreeEditor db={db} nodes={data.nodes} counts={data.counts} onDialog={setDialog} />
          <Text
            size="xs"
            c="dimmed"
            p="xs"
            ta="center"
            style={{ border: '1px dashed var(--mantine-color-default-border)', borderRadius: 4 }}
            onDragOver={(e) => {
              if (e.dataTransfer.types.includes(THEME_DRAG_TYPE)) e.preventDefault();
            }}
            onDrop={(e) => {
              e.preventDefault();
              const dragged = e.dataTransfer.getData(THEME_DRAG_TYPE);
              if (dragged) void withCoder(ask, 'The theme was not moved', (ctx) => moveTheme(db, ctx, dragged, null));
            }}
          >
            Drag a theme onto another to make it a sub-theme, or here to move it to the top level. Double-click a name to rename it.
          </Text>
        </>
      )}
      <ThemeDialogs db={db} dialog={dialog} themes={data.themes} onClose={() => setDialog(null)} />
    </Stack>
  );
}

export function CodebookScreen() {
  return (
    <ScrollArea flex={1} type="auto">
      <Stack gap="md" px="xl" py="lg" maw={900} mx="auto">
        <div>
          <Title order={2}>Codebook</Title>
          <Text size="sm" c="dimmed">
            The themes passages are coded with, with how many passages and documents each holds (sub-themes included), and the cities
            documents are about, and the attributes recorded for documents and cities.
          </Text>
        </div>
        <Tabs defaultValue="themes" keepMounted={false}>
          <Tabs.List>
            <Tabs.Tab value="themes">Themes</Tabs.Tab>
            <Tabs.Tab value="cities">Cities</Tabs.Tab>
            <Tabs.Tab value="attributes">Attributes</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="themes" pt="md">
            <ThemesPanel />
          </Tabs.Panel>
          <Tabs.Panel value="cities" pt="md">
            <CitiesPanel />
          </Tabs.Panel>
          <Tabs.Panel value="attributes" pt="md">
            <AttributesPanel />
          </Tabs.Panel>
        </Tabs>
      </Stack>
    </ScrollArea>
  );
}
