// Choosing the cities and/or themes whose documents a selection archive holds.
import { Button, Checkbox, Group, Modal, MultiSelect, Stack, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import type { ArchiveSelection } from '../../../../shared/archive';
import type { RepositoryDb } from '../../../../shared/db';
import { useSelectionChoices } from './queries';

interface Props {
  db: RepositoryDb;
  opened: boolean;
  busy: boolean;
  onExport: (selection: ArchiveSelection) => void;
  onClose: () => void;
}

export function ExportSelectionDialog({ db, opened, busy, onExport, onClose }: Props) {
  const choices = useSelectionChoices(db);
  const [cityIds, setCityIds] = useState<string[]>([]);
  const [themeIds, setThemeIds] = useState<string[]>([]);
  const [chapters, setChapters] = useState(false);
  const nothing = cityIds.length + themeIds.length === 0;
  return (
    <Modal opened={opened} onClose={onClose} title="Export a selection" size="lg" centered>
      <Stack gap="md">
        <Text size="sm">
          The archive holds the documents of the chosen cities and themes (tagged, or with a passage coded for them), with their original files,
          coded passages, the cities and themes they use, and their memos. With both cities and themes chosen, a document must match both.
        </Text>
        <MultiSelect
          label="Cities"
          placeholder={cityIds.length === 0 ? 'Any city' : undefined}
          data={choices?.cities ?? []}
          value={cityIds}
          onChange={setCityIds}
          searchable
          clearable
          comboboxProps={{ withinPortal: true }}
        />
        <MultiSelect
          label="Themes"
          description="A theme includes the themes below it."
          placeholder={themeIds.length === 0 ? 'Any theme' : undefined}
          data={choices?.themes ?? []}
          value={themeIds}
          onChange={setThemeIds}
          searchable
          clearable
          comboboxProps={{ withinPortal: true }}
        />
        <Checkbox
          label="Include the chapters (quotes of passages outside the selection are left out)"
          checked={chapters}
          onChange={(e) => setChapters(e.currentTarget.checked)}
        />
        <Text size="xs" c="dimmed">
          The history of changes and the search index stay behind; the index is rebuilt when the archive is opened.
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button leftSection={<IconDownload size={18} />} disabled={nothing} loading={busy} onClick={() => onExport({ cityIds, themeIds, chapters })}>
            Export selection
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
