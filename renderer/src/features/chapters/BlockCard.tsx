// One block in the composer: a drag handle, move up/down and remove buttons around the block's own editor.
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { ActionIcon, Group, Paper, Text, Tooltip } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconGripVertical, IconTrash } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { ChapterBlock } from '../../../../shared/model';

export const BLOCK_NAMES: Record<ChapterBlock['type'], string> = {
  heading: 'Heading',
  paragraph: 'Paragraph',
  quote: 'Quote',
  matrix: 'Table',
  comparison: 'City comparison',
  note: 'Note',
};

interface BlockCardProps {
  block: ChapterBlock;
  index: number;
  count: number;
  onMove: (toIndex: number) => void;
  onRemove: () => void;
  children: ReactNode;
}

export function BlockCard({ block, index, count, onMove, onRemove, children }: BlockCardProps) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id: block.id });
  const name = BLOCK_NAMES[block.type];
  const position = `${name} ${index + 1} of ${count}`;
  return (
    <Paper
      ref={setNodeRef}
      withBorder
      radius="sm"
      p="xs"
      component="section"
      aria-label={position}
      data-testid="chapter-block"
      data-block-type={block.type}
      style={{ transform: CSS.Transform.toString(transform), transition, opacity: isDragging ? 0.6 : 1, position: 'relative', zIndex: isDragging ? 2 : undefined }}
    >
      <Group gap={4} mb={6} wrap="nowrap">
        <ActionIcon
          ref={setActivatorNodeRef}
          variant="subtle"
          color="gray"
          size="sm"
          style={{ cursor: 'grab', touchAction: 'none' }}
          {...attributes}
          {...listeners}
          aria-label={`Drag ${position} (space to pick up, arrows to move)`}
        >
          <IconGripVertical size={14} />
        </ActionIcon>
        <Text size="xs" c="dimmed" tt="uppercase" fw={600} lts={0.4} flex={1}>
          {name}
        </Text>
        <Tooltip label="Move up" withArrow openDelay={400}>
          <ActionIcon variant="subtle" color="gray" size="sm" aria-label={`Move ${position} up`} disabled={index === 0} onClick={() => onMove(index - 1)}>
            <IconArrowUp size={14} />
          </ActionIcon>
        </Tooltip>
        <Tooltip label="Move down" withArrow openDelay={400}>
          <ActionIcon variant="subtle" color="gray" size="sm" aria-label={`Move ${position} down`} disabled={index === count - 1} onClick={() => onMove(index + 1)}>
            <IconArrowDown size={14} />
          </ActionIcon>
        </Tooltip>
        <Tooltip label="Remove from the chapter" withArrow openDelay={400}>
          <ActionIcon variant="subtle" color="red" size="sm" aria-label={`Remove ${position}`} onClick={onRemove}>
            <IconTrash size={14} />
          </ActionIcon>
        </Tooltip>
      </Group>
      {children}
    </Paper>
  );
}
