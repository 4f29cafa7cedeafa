// A city comparison block: one theme, a column of its strongest quotes per chosen city.
import { Group, MultiSelect, ScrollArea, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { ChapterBlockEdit, ComparisonColumn } from '../../../../shared/chapters';
import { COMPARISON_QUOTES_PER_CITY } from '../../../../shared/chapters';
import type { ChapterBlock } from '../../../../shared/model';
import type { Codebook } from './queries';
import { QuoteView } from './QuoteView';
import { useAutosave } from './use-autosave';

type ComparisonBlock = Extract<ChapterBlock, { type: 'comparison' }>;

interface ComparisonBlockEditorProps {
  block: ComparisonBlock;
  columns: ComparisonColumn[] | undefined;
  themeName: string | null | undefined;
  codebook: Codebook;
  save: (edit: ChapterBlockEdit) => Promise<unknown>;
}

export function ComparisonBlockEditor({ block, columns, themeName, codebook, save }: ComparisonBlockEditorProps) {
  const [caption, setCaption] = useState(block.caption);
  const autosave = useAutosave((value: string) => save({ caption: value }));
  useEffect(() => {
    if (!autosave.isPending()) setCaption(block.caption);
  }, [block.caption, autosave]);
  return (
    <Stack gap="xs">
      <Group grow align="flex-start" gap="xs">
        <Select
          label="Theme"
          size="xs"
          searchable
          allowDeselect={false}
          data={codebook.themes.map((t) => ({ value: t.id, label: t.name }))}
          value={codebook.themes.some((t) => t.id === block.themeId) ? block.themeId : null}
          placeholder="The theme is no longer in the codebook"
          onChange={(themeId) => themeId && void save({ themeId })}
        />
        <MultiSelect
          label="Cities (columns)"
          size="xs"
          searchable
          data={codebook.cities.map((c) => ({ value: c.id, label: c.name }))}
          value={block.cityIds}
          onChange={(cityIds) => void save({ cityIds })}
        />
        <TextInput
          label="Caption"
          size="xs"
          value={caption}
          placeholder={themeName ? `${themeName}, city by city` : ''}
          onChange={(e) => {
            setCaption(e.currentTarget.value);
            autosave.schedule(e.currentTarget.value);
          }}
          onBlur={autosave.flush}
        />
      </Group>
      <Text size="xs" c="dimmed">
        Up to {COMPARISON_QUOTES_PER_CITY} quotes per city: passages of quotable length first, then the longer, then the earlier. Sub-themes count.
      </Text>
      <ScrollArea type="auto">
        <SimpleGrid cols={Math.max(1, columns?.length ?? 1)} spacing="xs" miw={(columns?.length ?? 1) * 220}>
          {(columns ?? []).map((c) => (
            <Stack key={c.cityId} gap={6}>
              <Title order={4} size="h6">
                {c.cityName}{' '}
                <Text span size="xs" c="dimmed" fw={400}>
                  {c.passageCount > c.quotes.length ? `${c.quotes.length} of ${c.passageCount}` : `${c.quotes.length}`}
                </Text>
              </Title>
              {c.quotes.length === 0 && (
                <Text size="xs" c="dimmed">
                  No coded passages.
                </Text>
              )}
              {c.quotes.map((q) => (
                <QuoteView key={q.segmentId} quote={q} compact />
              ))}
            </Stack>
          ))}
        </SimpleGrid>
      </ScrollArea>
    </Stack>
  );
}
