// Picks a coded passage to quote, by searching its words, theme, city or document.
import { Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { loadQuotes } from '../../../../shared/compare';
import { useRepository } from '../../db';

interface QuotePickerProps {
  opened: boolean;
  onClose: () => void;
  onPick: (segmentId: string) => void;
}

const clip = (text: string) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 110 ? `${flat.slice(0, 109)}…` : flat;
};

export function QuotePicker({ opened, onClose, onPick }: QuotePickerProps) {
  const db = useRepository();
  const [picked, setPicked] = useState<string | null>(null);
  const options = useLiveQuery(async () => {
    if (!opened) return [];
    const ids = await db.segments.toCollection().primaryKeys();
    const quotes = await loadQuotes(db, ids);
    return [...quotes.values()].flatMap((q) =>
      q ? [{ value: q.segmentId, label: `“${clip(q.text)}” — ${q.documentTitle}${q.cityName ? `, ${q.cityName}` : ''}` }] : [],
    );
  }, [db, opened]);
  return (
    <Modal opened={opened} onClose={onClose} title="Quote a coded passage" size="lg" centered>
      <Stack gap="sm">
        <Select
          label="Coded passage"
          placeholder="Type words of the passage, its document or city"
          searchable
          data={options ?? []}
          value={picked}
          onChange={setPicked}
          nothingFoundMessage="No coded passage matches"
          maxDropdownHeight={320}
          data-autofocus
          comboboxProps={{ withinPortal: false }}
        />
        <Text size="xs" c="dimmed">
          The quote stays linked to the passage: if the passage&apos;s boundaries change, the chapter follows.
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button disabled={!picked} onClick={() => picked && onPick(picked)}>
            Add quote
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
