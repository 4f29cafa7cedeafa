// The composer: a chapter's blocks in order, each edited in place and autosaved, reordered by drag and drop or by buttons.
import { closestCenter, DndContext, KeyboardSensor, PointerSensor, useSensor, useSensors, type DragEndEvent } from '@dnd-kit/core';
import { arrayMove, SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { Group, Loader, ScrollArea, Stack, Text, Title } from '@mantine/core';
import { useCallback, useState } from 'react';
import { addBlock, moveBlock, removeBlock, updateBlock, type ChapterBlockEdit, type NewChapterBlock, type ResolvedBlock } from '../../../../shared/chapters';
import type { Chapter, ChapterBlock } from '../../../../shared/model';
import { useAskCoder } from '../../app/CoderName';
import { useRepository } from '../../db';
import { AddBlockMenu } from './AddBlockMenu';
import { BlockCard } from './BlockCard';
import { changeChapter } from './chapter-actions';
import { ComparisonBlockEditor } from './ComparisonBlockEditor';
import { ExportToWord } from './ExportToWord';
import { HeadingBlockEditor } from './HeadingBlockEditor';
import { MatrixBlockEditor } from './MatrixBlockEditor';
import { NoteBlockEditor } from './NoteBlockEditor';
import { ParagraphEditor } from './ParagraphEditor';
import { useCodebookLists, useResolvedChapter, type Codebook } from './queries';
import { QuotePicker } from './QuotePicker';
import { QuoteView } from './QuoteView';

interface BlockBodyProps {
  block: ChapterBlock;
  resolved: ResolvedBlock | undefined;
  codebook: Codebook;
  save: (edit: ChapterBlockEdit) => Promise<unknown>;
}

function BlockBody({ block, resolved, codebook, save }: BlockBodyProps) {
  switch (block.type) {
    case 'heading':
      return <HeadingBlockEditor block={block} save={save} />;
    case 'paragraph':
      return <ParagraphEditor block={block} save={save} />;
    case 'note':
      return <NoteBlockEditor block={block} save={save} />;
    case 'quote':
      return resolved && 'quote' in resolved ? <QuoteView quote={resolved.quote} /> : <Loader size="xs" />;
    case 'matrix':
      return <MatrixBlockEditor block={block} table={resolved && 'table' in resolved ? resolved.table : undefined} codebook={codebook} save={save} />;
    case 'comparison':
      return (
        <ComparisonBlockEditor
          block={block}
          columns={resolved && 'columns' in resolved ? resolved.columns : undefined}
          themeName={resolved && 'themeName' in resolved ? resolved.themeName : undefined}
          codebook={codebook}
          save={save}
        />
      );
  }
}

export function ChapterComposer({ chapter }: { chapter: Chapter }) {
  const db = useRepository();
  const ask = useAskCoder();
  const resolved = useResolvedChapter(db, chapter.id);
  const codebook = useCodebookLists(db);
  const [picking, setPicking] = useState(false);
  // The order just dropped, shown until the stored chapter catches up (so a drop does not flicker back).
  const [dropped, setDropped] = useState<{ from: ChapterBlock[]; order: ChapterBlock[] } | null>(null);
  const blocks = dropped && dropped.from === chapter.blocks ? dropped.order : chapter.blocks;
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 4 } }), useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }));
  const resolvedById = new Map(resolved?.blocks.map((r) => [r.block.id, r]) ?? []);

  const move = useCallback(
    (blockId: string, toIndex: number) => void changeChapter(ask, 'The block was not moved', (ctx) => moveBlock(db, ctx, chapter.id, blockId, toIndex)),
    [ask, db, chapter.id],
  );
  const add = (block: NewChapterBlock) => void changeChapter(ask, 'The block was not added', (ctx) => addBlock(db, ctx, chapter.id, block));
  const saveBlock = (blockId: string) => (edit: ChapterBlockEdit) => changeChapter(ask, 'The change was not saved', (ctx) => updateBlock(db, ctx, chapter.id, blockId, edit));

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    const from = blocks.findIndex((b) => b.id === active.id);
    const to = blocks.findIndex((b) => b.id === over.id);
    if (from < 0 || to < 0) return;
    setDropped({ from: chapter.blocks, order: arrayMove(blocks, from, to) });
    move(String(active.id), to);
  };

  return (
    <Stack flex={1} gap={0} miw={0} h="100%">
      <Group justify="space-between" p="md" pb="xs" wrap="nowrap" style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}>
        <Stack gap={0} miw={0}>
          <Title order={2} size="h3" lineClamp={1}>
            {chapter.title}
          </Title>
          <Text size="xs" c="dimmed">
            {chapter.blocks.length} blocks · saved as you write{resolved && resolved.removed > 0 ? ` · ${resolved.removed} quoted passage${resolved.removed === 1 ? '' : 's'} removed` : ''}
          </Text>
        </Stack>
        <Group gap="xs" wrap="nowrap">
          <AddBlockMenu codebook={codebook} onAdd={add} onPickQuote={() => setPicking(true)} />
          <ExportToWord chapterId={chapter.id} />
        </Group>
      </Group>
      <ScrollArea flex={1} type="auto">
        <Stack gap="sm" p="md" maw={900} mx="auto">
          {blocks.length === 0 && (
            <Text c="dimmed" size="sm">
              This chapter is empty. Add a heading or a paragraph here, or add quotes from a coded passage in the Reader, a search hit, or a cell in Compare.
            </Text>
          )}
          {codebook && (
            <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd}>
              <SortableContext items={blocks.map((b) => b.id)} strategy={verticalListSortingStrategy}>
                {blocks.map((block, index) => (
                  <BlockCard
                    key={block.id}
                    block={block}
                    index={index}
                    count={blocks.length}
                    onMove={(to) => move(block.id, to)}
                    onRemove={() => void changeChapter(ask, 'The block was not removed', (ctx) => removeBlock(db, ctx, chapter.id, block.id))}
                  >
                    <BlockBody block={block} resolved={resolvedById.get(block.id)} codebook={codebook} save={saveBlock(block.id)} />
                  </BlockCard>
                ))}
              </SortableContext>
            </DndContext>
          )}
        </Stack>
      </ScrollArea>
      <QuotePicker
        opened={picking}
        onClose={() => setPicking(false)}
        onPick={(segmentId) => {
          setPicking(false);
          add({ type: 'quote', segmentId });
        }}
      />
    </Stack>
  );
}
