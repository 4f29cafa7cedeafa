// Draft from the matrix: pick themes and cities, get a chapter skeleton (sections, summaries, strongest quotes, a table) to rewrite.
import { Button, Group, Modal, MultiSelect, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { draftChapter } from '../../../../shared/chapters';
import { useAskCoder } from '../../app/CoderName';
import { useRepository } from '../../db';
import { useCodebookLists } from './queries';

interface DraftDialogProps {
  opened: boolean;
  onClose: () => void;
  onDrafted: (chapterId: string) => void;
}

export function DraftDialog({ opened, onClose, onDrafted }: DraftDialogProps) {
  const db = useRepository();
  const ask = useAskCoder();
  const codebook = useCodebookLists(db);
  const [title, setTitle] = useState('Draft: a comparison');
  const [themeIds, setThemeIds] = useState<string[]>([]);
  const [cityIds, setCityIds] = useState<string[] | null>(null);
  const [quotes, setQuotes] = useState<number>(2);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const cities = cityIds ?? codebook?.cities.map((c) => c.id) ?? [];

  const run = async () => {
    setError(null);
    const ctx = await ask();
    if (!ctx) return;
    setBusy(true);
    const result = await draftChapter(db, ctx, title, { themeIds, cityIds: cities, quotesPerCity: quotes });
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    onClose();
    onDrafted(result.value.id);
  };

  return (
    <Modal opened={opened} onClose={onClose} title="Draft a chapter from the matrix" size="lg" centered>
      <form
        aria-label="Draft a chapter"
        onSubmit={(event) => {
          event.preventDefault();
          void run();
        }}
      >
        <Stack gap="sm">
          <Text size="sm">
            One section per theme: the cell summaries you wrote in Compare open it, then per city its strongest quotes (passages of quotable length first,
            then the longer, then the earlier). A table of coded passages comes first. Everything is yours to rewrite.
          </Text>
          <TextInput label="Chapter title" value={title} onChange={(e) => setTitle(e.currentTarget.value)} required data-autofocus />
          <MultiSelect
            label="Themes (one section each)"
            searchable
            required
            data={codebook?.themes.map((t) => ({ value: t.id, label: t.name })) ?? []}
            value={themeIds}
            onChange={setThemeIds}
            comboboxProps={{ withinPortal: false }}
          />
          <MultiSelect
            label="Cities"
            searchable
            data={codebook?.cities.map((c) => ({ value: c.id, label: c.name })) ?? []}
            value={cities}
            onChange={setCityIds}
            comboboxProps={{ withinPortal: false }}
          />
          <NumberInput label="Quotes per theme and city" min={1} max={10} value={quotes} onChange={(v) => setQuotes(Number(v) || 1)} w={220} />
          {error && (
            <Text c="red" size="sm" role="alert">
              {error}
            </Text>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={busy} disabled={themeIds.length === 0 || cities.length === 0}>
              Draft chapter
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
