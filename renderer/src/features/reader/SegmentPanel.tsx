// The panel for one coded passage: its quote, themes (add/remove), city, coder, dates, memo, boundaries, removal.
import { ActionIcon, Badge, Button, CloseButton, Divider, Group, Select, Stack, Text, Textarea, Title, Tooltip } from '@mantine/core';
import { IconArrowBarLeft, IconArrowBarRight, IconX } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import {
  addThemesToSegment,
  adjustSegment,
  deleteSegment,
  removeThemeFromSegment,
  setSegmentCity,
  setSegmentMemo,
} from '../../../../shared/coding';
import type { RepositoryDb } from '../../../../shared/db';
import type { City, Segment, Theme } from '../../../../shared/model';
import { AddToChapterMenu } from '../chapters/AddToChapterMenu';
import { withCoder, type AskCoder } from './coding-actions';
import { stepByWord, type TextRange } from './selection-offsets';
import { ThemePicker } from './ThemePicker';

interface SegmentPanelProps {
  db: RepositoryDb;
  ask: AskCoder;
  segment: Segment;
  text: string;
  themes: readonly Theme[];
  cities: readonly City[];
  /** The current text selection, for "Set to selection". */
  selection: TextRange | null;
  onClose: () => void;
}

const when = (iso: string) => new Date(iso).toLocaleString();

export function SegmentPanel({ db, ask, segment, text, themes, cities, selection, onClose }: SegmentPanelProps) {
  const [memo, setMemo] = useState(segment.memo);
  const [adding, setAdding] = useState(false);
  useEffect(() => setMemo(segment.memo), [segment.id, segment.memo]);
  const byId = new Map(themes.map((t) => [t.id, t]));
  const quote = text.slice(segment.start, segment.end);
  const adjust = (range: TextRange) =>
    withCoder(ask, 'The boundaries were not changed', (ctx) => adjustSegment(db, ctx, segment.id, range.start, range.end));
  const step = (edge: 'start' | 'end', grow: boolean) => void adjust(stepByWord(text, segment, edge, grow));

  return (
    <Stack gap="sm" p="md" aria-label="Coded passage" role="region" data-testid="segment-panel">
      <Group justify="space-between" wrap="nowrap">
        <Title order={3} size="h6" tt="uppercase" c="dimmed" lts={0.4}>
          Coded passage
        </Title>
        <CloseButton aria-label="Close the passage" onClick={onClose} />
      </Group>
      <Text size="sm" fs="italic" lineClamp={6} title={quote}>
        “{quote}”
      </Text>
      <Text size="xs" c="dimmed">
        Characters {segment.start}–{segment.end} · coded by {segment.coder} · {when(segment.createdAt)}
        {segment.updatedAt !== segment.createdAt ? ` · changed ${when(segment.updatedAt)}` : ''}
      </Text>
      <Group gap="xs">
        <AddToChapterMenu block={{ type: 'quote', segmentId: segment.id }} label="Add quote to chapter" />
      </Group>

      <Divider label="Themes" labelPosition="left" />
      <Group gap={6}>
        {segment.themeIds.map((id) => {
          const theme = byId.get(id);
          return (
            <Badge
              key={id}
              variant="light"
              color="gray"
              tt="none"
              radius="sm"
              style={{ borderLeft: `4px solid ${theme?.colour ?? '#868e96'}` }}
              rightSection={
                <ActionIcon
                  size="xs"
                  variant="transparent"
                  color="gray"
                  aria-label={`Remove ${theme?.name ?? 'theme'} from the passage`}
                  onClick={() => void withCoder(ask, 'The theme was not removed', (ctx) => removeThemeFromSegment(db, ctx, segment.id, id))}
                >
                  <IconX size={12} />
                </ActionIcon>
              }
            >
              {theme?.name ?? 'Unknown theme'}
            </Badge>
          );
        })}
      </Group>
      {adding ? (
        <ThemePicker
          themes={themes}
          exclude={segment.themeIds}
          autoFocus
          label="Add a theme"
          onChoose={(theme) => {
            setAdding(false);
            void withCoder(ask, 'The theme was not added', (ctx) => addThemesToSegment(db, ctx, segment.id, [theme.id]));
          }}
        />
      ) : (
        <Button size="xs" variant="light" onClick={() => setAdding(true)}>
          Add a theme…
        </Button>
      )}

      <Select
        label="City"
        description="Set when the passage is about a city other than the document's."
        placeholder="The document's cities"
        clearable
        searchable
        data={cities.map((c) => ({ value: c.id, label: `${c.name} (${c.country})` }))}
        value={segment.cityId}
        onChange={(cityId) => void withCoder(ask, 'The city was not set', (ctx) => setSegmentCity(db, ctx, segment.id, cityId))}
      />

      <Textarea
        label="Memo"
        autosize
        minRows={2}
        maxRows={8}
        value={memo}
        onChange={(e) => setMemo(e.currentTarget.value)}
        onBlur={() => {
          if (memo !== segment.memo) void withCoder(ask, 'The memo was not saved', (ctx) => setSegmentMemo(db, ctx, segment.id, memo));
        }}
      />

      <Divider label="Adjust boundaries" labelPosition="left" />
      <Group gap={4} justify="space-between">
        <Group gap={4}>
          <Tooltip label="Start one word earlier">
            <ActionIcon variant="default" aria-label="Start one word earlier" onClick={() => step('start', true)}>
              <IconArrowBarLeft size={16} />
            </ActionIcon>
          </Tooltip>
          <Tooltip label="Start one word later">
            <ActionIcon variant="default" aria-label="Start one word later" onClick={() => step('start', false)}>
              <IconArrowBarRight size={16} />
            </ActionIcon>
          </Tooltip>
        </Group>
        <Group gap={4}>
          <Tooltip label="End one word earlier">
            <ActionIcon variant="default" aria-label="End one word earlier" onClick={() => step('end', false)}>
              <IconArrowBarLeft size={16} />
            </ActionIcon>
          </Tooltip>
          <Tooltip label="End one word later">
            <ActionIcon variant="default" aria-label="End one word later" onClick={() => step('end', true)}>
              <IconArrowBarRight size={16} />
            </ActionIcon>
          </Tooltip>
        </Group>
      </Group>
      <Button size="xs" variant="default" disabled={!selection} onClick={() => selection && void adjust(selection)}>
        Set to the current selection
      </Button>

      <Divider />
      <Button
        size="xs"
        color="red"
        variant="light"
        onClick={() =>
          void withCoder(ask, 'The coding was not removed', (ctx) => deleteSegment(db, ctx, segment.id)).then((done) => {
            if (done) onClose();
          })
        }
      >
        Remove coding
      </Button>
    </Stack>
  );
}
