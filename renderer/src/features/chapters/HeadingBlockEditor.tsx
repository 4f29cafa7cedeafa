// A heading block: its text (autosaved) and level 1–3.
import { Group, SegmentedControl, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { ChapterBlockEdit } from '../../../../shared/chapters';
import type { ChapterBlock } from '../../../../shared/model';
import { useAutosave } from './use-autosave';

type HeadingBlock = Extract<ChapterBlock, { type: 'heading' }>;

const SIZES = { 1: 'var(--mantine-font-size-xl)', 2: 'var(--mantine-font-size-lg)', 3: 'var(--mantine-font-size-md)' } as const;

export function HeadingBlockEditor({ block, save }: { block: HeadingBlock; save: (edit: ChapterBlockEdit) => Promise<unknown> }) {
  const [text, setText] = useState(block.text);
  const autosave = useAutosave((value: string) => save({ text: value }));
  useEffect(() => {
    if (!autosave.isPending()) setText(block.text);
  }, [block.text, autosave]);
  return (
    <Group gap="sm" wrap="nowrap" align="center">
      <TextInput
        aria-label={`Heading, level ${block.level}`}
        value={text}
        placeholder="Heading"
        variant="unstyled"
        flex={1}
        styles={{ input: { fontSize: SIZES[block.level as 1 | 2 | 3] ?? SIZES[3], fontWeight: 700 } }}
        onChange={(e) => {
          setText(e.currentTarget.value);
          autosave.schedule(e.currentTarget.value);
        }}
        onBlur={autosave.flush}
      />
      <SegmentedControl
        size="xs"
        aria-label="Heading level"
        value={String(block.level)}
        data={[
          { value: '1', label: 'H1' },
          { value: '2', label: 'H2' },
          { value: '3', label: 'H3' },
        ]}
        onChange={(level) => void save({ level: Number(level) })}
      />
    </Group>
  );
}
