// The cell summary editor (framework method): a short synthesis of one theme in one city, saved as an undoable change.
import { Button, Group, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { setCellSummary, type CellSummary } from '../../../../shared/compare';
import { useAskCoder } from '../../app/CoderName';
import { useRepository } from '../../db';

interface SummaryEditorProps {
  themeId: string;
  cityId: string;
  /** "Housing × Vienna", for the label. */
  cellName: string;
  summary: CellSummary | undefined;
}

export function SummaryEditor({ themeId, cityId, cellName, summary }: SummaryEditorProps) {
  const db = useRepository();
  const ask = useAskCoder();
  const stored = summary?.text ?? '';
  const [text, setText] = useState(stored);
  const [saving, setSaving] = useState(false);
  // The stored summary changes under the editor on undo/redo: follow it.
  useEffect(() => setText(stored), [stored]);

  const save = async (next: string) => {
    const ctx = await ask();
    if (!ctx) return;
    setSaving(true);
    const result = await setCellSummary(db, ctx, themeId, cityId, next);
    setSaving(false);
    if (!result.ok) notifications.show({ title: 'The summary was not saved', message: result.error.message, color: 'red', autoClose: 8000 });
  };

  return (
    <form
      aria-label={`Summary of ${cellName}`}
      onSubmit={(event) => {
        event.preventDefault();
        void save(text);
      }}
    >
      <Textarea
        label="Cell summary"
        description="Your synthesis of this theme in this city; it shows in the matrix and can open a chapter section."
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        autosize
        minRows={3}
        maxRows={10}
      />
      <Group justify="space-between" mt="xs">
        <Text size="xs" c="dimmed">
          {text.trim() === stored.trim() ? (stored ? 'Saved.' : 'No summary yet.') : 'Not saved yet.'}
        </Text>
        <Group gap="xs">
          {stored && (
            <Button size="xs" variant="subtle" color="red" onClick={() => void save('')}>
              Remove summary
            </Button>
          )}
          <Button size="xs" type="submit" loading={saving} disabled={text.trim() === stored.trim()}>
            Save summary
          </Button>
        </Group>
      </Group>
    </form>
  );
}
