// "Add block": a heading, paragraph, table, city comparison or note at the end of the chapter (quotes come from passages, search and Compare).
import { Button, Menu } from '@mantine/core';
import { IconChevronDown, IconColumns3, IconHeading, IconNote, IconPilcrow, IconQuote, IconTable } from '@tabler/icons-react';
import type { NewChapterBlock } from '../../../../shared/chapters';
import { richTextOf } from '../../../../shared/chapters';
import type { Codebook } from './queries';

interface AddBlockMenuProps {
  codebook: Codebook | undefined;
  onAdd: (block: NewChapterBlock) => void;
  onPickQuote: () => void;
}

export function AddBlockMenu({ codebook, onAdd, onPickQuote }: AddBlockMenuProps) {
  const themes = codebook?.themes ?? [];
  const cityIds = codebook?.cities.map((c) => c.id) ?? [];
  const topThemes = themes.filter((t) => t.parentId === null).map((t) => t.id);
  return (
    <Menu position="bottom-start" withinPortal>
      <Menu.Target>
        <Button size="xs" variant="light" rightSection={<IconChevronDown size={14} />}>
          Add block
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item leftSection={<IconHeading size={14} />} onClick={() => onAdd({ type: 'heading', level: 1, text: '' })}>
          Heading
        </Menu.Item>
        <Menu.Item leftSection={<IconPilcrow size={14} />} onClick={() => onAdd({ type: 'paragraph', content: richTextOf('') })}>
          Paragraph
        </Menu.Item>
        <Menu.Item leftSection={<IconQuote size={14} />} disabled={themes.length === 0} onClick={onPickQuote}>
          Quote from a coded passage…
        </Menu.Item>
        <Menu.Item
          leftSection={<IconTable size={14} />}
          disabled={themes.length === 0 || cityIds.length === 0}
          onClick={() => onAdd({ type: 'matrix', themeIds: topThemes, cityIds, show: 'segments', caption: 'Coded passages by theme and city' })}
        >
          Table: themes × cities
        </Menu.Item>
        <Menu.Item
          leftSection={<IconColumns3 size={14} />}
          disabled={themes.length === 0 || cityIds.length === 0}
          onClick={() => onAdd({ type: 'comparison', themeId: themes[0]!.id, cityIds, caption: '' })}
        >
          City comparison
        </Menu.Item>
        <Menu.Item leftSection={<IconNote size={14} />} onClick={() => onAdd({ type: 'note', text: '' })}>
          Note
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
