// "Code all hits…" / "Code selected hits…": a theme and a unit (passage, sentence, paragraph) chosen, then one undoable change.
import { Button, Group, Modal, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { listThemes } from '../../../../shared/db';
import type { CodingUnit } from '../../../../shared/search';
import { useRepository } from '../../db';

interface CodeHitsDialogProps {
  opened: boolean;
  /** How many hits will be coded and in how many documents. */
  hits: number;
  documents: number;
  selectedOnly: boolean;
  onClose: () => void;
  onCode: (themeId: string, unit: CodingUnit) => Promise<void>;
}

export function CodeHitsDialog({ opened, hits, documents, selectedOnly, onClose, onCode }: CodeHitsDialogProps) {
  const db = useRepository();
  const themes = useLiveQuery(() => listThemes(db), [db]);
  const [themeId, setThemeId] = useState<string | null>(null);
  const [unit, setUnit] = useState<CodingUnit>('passage');
  const [busy, setBusy] = useState(false);
  const themeName = themes?.find((t) => t.id === themeId)?.name;
  const title = selectedOnly ? 'Code the selected hits' : 'Code all hits';
  return (
    <Modal opened={opened} onClose={onClose} title={title}>
      <Stack gap="md">
        <Select
          label="Theme"
          placeholder="Choose a theme"
          data={(themes ?? []).map((t) => ({ value: t.id, label: t.name }))}
          value={themeId}
          onChange={setThemeId}
          searchable
          data-autofocus
          comboboxProps={{ withinPortal: false }}
        />
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            Code around each hit
          </Text>
          <SegmentedControl
            aria-label="Code around each hit"
            value={unit}
            onChange={(value) => setUnit(value as CodingUnit)}
            data={[
              { value: 'passage', label: 'The passage' },
              { value: 'sentence', label: 'The sentence' },
              { value: 'paragraph', label: 'The paragraph' },
            ]}
          />
        </Stack>
        <Text size="sm" data-testid="code-summary">
          {themeName
            ? `${hits} hit${hits === 1 ? '' : 's'} in ${documents} document${documents === 1 ? '' : 's'} will be coded with "${themeName}". One undo removes them all.`
            : `${hits} hit${hits === 1 ? '' : 's'} in ${documents} document${documents === 1 ? '' : 's'}.`}
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button
            disabled={!themeId || hits === 0}
            loading={busy}
            onClick={async () => {
              if (!themeId) return;
              setBusy(true);
              try {
                await onCode(themeId, unit);
              } finally {
                setBusy(false);
              }
            }}
          >
            Code {hits} hit{hits === 1 ? '' : 's'}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
