// The editable theme tree: counts per theme, inline rename, add a sub-theme, drag to move, and a menu for every other edit.
import { ActionIcon, Badge, ColorSwatch, Group, Menu, Stack, Text, TextInput, Tree, getTreeExpandedState, useTree } from '@mantine/core';
import type { TreeNodeData } from '@mantine/core';
import { IconChevronDown, IconChevronRight, IconDots } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { createTheme } from '../../../../shared/db';
import { moveTheme, renameTheme, type ThemeCount } from '../../../../shared/coding';
import type { RepositoryDb } from '../../../../shared/db';
import type { ThemeNode } from '../../../../shared/library';
import { useAskCoder } from '../../app/CoderName';
import { withCoder } from '../reader/coding-actions';
import type { ThemeDialog } from './ThemeDialogs';

function toTreeData(nodes: ThemeNode[]): TreeNodeData[] {
  return nodes.map((n) => ({ value: n.theme.id, label: n.theme.name, nodeProps: { node: n }, children: toTreeData(n.children) }));
}

const DRAG_TYPE = 'application/x-comparanda-theme';
const stop = (e: React.SyntheticEvent) => e.stopPropagation();

function RenameField({ initial, label, onDone }: { initial: string; label: string; onDone: (name: string | null) => void }) {
  const [name, setName] = useState(initial);
  return (
    <TextInput
      size="xs"
      aria-label={label}
      value={name}
      autoFocus
      onChange={(e) => setName(e.currentTarget.value)}
      onClick={stop}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Enter') onDone(name);
        if (e.key === 'Escape') onDone(null);
      }}
      onBlur={() => onDone(name)}
    />
  );
}

interface EditorProps {
  db: RepositoryDb;
  nodes: ThemeNode[];
  counts: ReadonlyMap<string, ThemeCount>;
  onDialog: (dialog: ThemeDialog) => void;
}

export function ThemeTreeEditor({ db, nodes, counts, onDialog }: EditorProps) {
  const ask = useAskCoder();
  const data = useMemo(() => toTreeData(nodes), [nodes]);
  const tree = useTree({ initialExpandedState: getTreeExpandedState(data, '*') });
  const [renaming, setRenaming] = useState<string | null>(null);
  const [addingUnder, setAddingUnder] = useState<string | null>(null);
  const [dropTarget, setDropTarget] = useState<string | null>(null);

  const rename = async (id: string, current: string, name: string | null) => {
    setRenaming(null);
    if (name === null || name.trim() === current) return;
    await withCoder(ask, 'The theme was not renamed', (ctx) => renameTheme(db, ctx, id, name));
  };
  const addChild = async (parentId: string, name: string | null) => {
    setAddingUnder(null);
    if (name === null || name.trim() === '') return;
    const done = await withCoder(ask, 'The theme was not added', (ctx) => createTheme(db, ctx, { name, parentId }));
    if (done) tree.expand(parentId);
  };

  return (
    <Tree
      data={data}
      tree={tree}
      levelOffset="lg"
      aria-label="Themes"
      renderNode={({ node, expanded, hasChildren, elementProps }) => {
        const { theme, totalCount } = (node.nodeProps as { node: ThemeNode }).node;
        const count = counts.get(theme.id);
        const documents = count?.documentsWithDescendants ?? 0;
        return (
          <Stack gap={4}>
            <Group
              {...elementProps}
              gap="xs"
              wrap="nowrap"
              py={6}
              align="flex-start"
              draggable={renaming !== theme.id}
              data-testid="theme-row"
              data-theme={theme.id}
              style={{ ...elementProps.style, outline: dropTarget === theme.id ? '2px dashed var(--mantine-primary-color-filled)' : undefined }}
              onDragStart={(e) => {
                e.dataTransfer.setData(DRAG_TYPE, theme.id);
                e.dataTransfer.effectAllowed = 'move';
              }}
              onDragOver={(e) => {
                if (!e.dataTransfer.types.includes(DRAG_TYPE)) return;
                e.preventDefault();
                setDropTarget(theme.id);
              }}
              onDragLeave={() => setDropTarget(null)}
              onDrop={(e) => {
                e.preventDefault();
                setDropTarget(null);
                const dragged = e.dataTransfer.getData(DRAG_TYPE);
                if (dragged && dragged !== theme.id) void withCoder(ask, 'The theme was not moved', (ctx) => moveTheme(db, ctx, dragged, theme.id));
              }}
            >
              <span style={{ width: 16, flex: 'none', paddingTop: 3 }}>
                {hasChildren && (expanded ? <IconChevronDown size={16} aria-hidden /> : <IconChevronRight size={16} aria-hidden />)}
              </span>
              <ColorSwatch color={theme.colour} size={14} withShadow={false} mt={4} aria-hidden />
              <Stack gap={0} flex={1} miw={0}>
                {renaming === theme.id ? (
                  <RenameField initial={theme.name} label={`New name for ${theme.name}`} onDone={(name) => void rename(theme.id, theme.name, name)} />
                ) : (
                  <Text size="sm" fw={hasChildren ? 600 : 500} onDoubleClick={() => setRenaming(theme.id)}>
                    {theme.name}
                  </Text>
                )}
                {theme.description && (
                  <Text size="xs" c="dimmed" lineClamp={2}>
                    {theme.description}
                  </Text>
                )}
              </Stack>
              <Badge variant="light" color="gray" radius="sm" tt="none" title={`${count?.segments ?? 0} coded with this theme itself`}>
                <span>{`${totalCount} ${totalCount === 1 ? 'passage' : 'passages'}`}</span> ·{' '}
                <span>{`${documents} ${documents === 1 ? 'document' : 'documents'}`}</span>
              </Badge>
              {/* Focus goes to the rename or new-theme field, not back to this button. */}
              <Menu position="bottom-end" withinPortal returnFocus={false}>
                <Menu.Target>
                  <ActionIcon variant="subtle" color="gray" size="sm" aria-label={`Actions for ${theme.name}`} onClick={stop} onKeyDown={stop}>
                    <IconDots size={16} />
                  </ActionIcon>
                </Menu.Target>
                <Menu.Dropdown onClick={stop} onKeyDown={stop}>
                  <Menu.Item onClick={() => setRenaming(theme.id)}>Rename</Menu.Item>
                  <Menu.Item onClick={() => setAddingUnder(theme.id)}>Add a sub-theme</Menu.Item>
                  <Menu.Item onClick={() => onDialog({ kind: 'edit', theme })}>Colour, description and memos…</Menu.Item>
                  <Menu.Item onClick={() => onDialog({ kind: 'move', theme })}>Move to…</Menu.Item>
                  <Menu.Item onClick={() => onDialog({ kind: 'merge', theme })}>Merge into…</Menu.Item>
                  <Menu.Divider />
                  <Menu.Item color="red" onClick={() => onDialog({ kind: 'delete', theme })}>
                    Delete…
                  </Menu.Item>
                </Menu.Dropdown>
              </Menu>
            </Group>
            {addingUnder === theme.id && (
              <Group pl={48} pb={4}>
                <RenameField initial="" label={`Name of the new sub-theme of ${theme.name}`} onDone={(name) => void addChild(theme.id, name)} />
              </Group>
            )}
          </Stack>
        );
      }}
    />
  );
}

export const THEME_DRAG_TYPE = DRAG_TYPE;
