// A note block: the author's reminder, autosaved; exported marked as a note (or left out, if chosen at export).
import { Textarea } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { ChapterBlockEdit } from '../../../../shared/chapters';
import type { ChapterBlock } from '../../../../shared/model';
import { useAutosave } from './use-autosave';

type NoteBlock = Extract<ChapterBlock, { type: 'note' }>;

export function NoteBlockEditor({ block, save }: { block: NoteBlock; save: (edit: ChapterBlockEdit) => Promise<unknown> }) {
  const [text, setText] = useState(block.text);
  const autosave = useAutosave((value: string) => save({ text: value }));
  useEffect(() => {
    if (!autosave.isPending()) setText(block.text);
  }, [block.text, autosave]);
  return (
    <Textarea
      aria-label="Note"
      autosize
      minRows={2}
      value={text}
      placeholder="A note to yourself"
      styles={{ input: { background: 'var(--mantine-color-yellow-light)' } }}
      onChange={(e) => {
        setText(e.currentTarget.value);
        autosave.schedule(e.currentTarget.value);
      }}
      onBlur={autosave.flush}
    />
  );
}
