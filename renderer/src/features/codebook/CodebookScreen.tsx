// The Codebook (read-only for now): the theme hierarchy with colours, definitions and passage counts.
import { Anchor, Badge, Center, ColorSwatch, Group, Loader, ScrollArea, Stack, Text, Title, Tree, getTreeExpandedState, useTree } from '@mantine/core';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { useMemo } from 'react';
import type { ThemeNode } from '../../../../shared/library';
import type { TreeNodeData } from '@mantine/core';
import { useRepository } from '../../db';
import { useThemeTree } from './queries';

function toTreeData(nodes: ThemeNode[]): TreeNodeData[] {
  return nodes.map((n) => ({ value: n.theme.id, label: n.theme.name, nodeProps: { node: n }, children: toTreeData(n.children) }));
}

function ThemeTree({ nodes }: { nodes: ThemeNode[] }) {
  const data = useMemo(() => toTreeData(nodes), [nodes]);
  const tree = useTree({ initialExpandedState: getTreeExpandedState(data, '*') });
  return (
    <Tree
      data={data}
      tree={tree}
      levelOffset="lg"
      aria-label="Themes"
      renderNode={({ node, expanded, hasChildren, elementProps }) => {
        const theme = (node.nodeProps as { node: ThemeNode }).node;
        const passages = `${theme.totalCount} ${theme.totalCount === 1 ? 'passage' : 'passages'}`;
        return (
          <Group {...elementProps} gap="xs" wrap="nowrap" py={6} align="flex-start">
            <span style={{ width: 16, flex: 'none', paddingTop: 3 }}>
              {hasChildren && (expanded ? <IconChevronDown size={16} aria-hidden /> : <IconChevronRight size={16} aria-hidden />)}
            </span>
            <ColorSwatch color={theme.theme.colour} size={14} withShadow={false} mt={4} aria-hidden />
            <Stack gap={0} flex={1} miw={0}>
              <Text size="sm" fw={hasChildren ? 600 : 500}>
                {theme.theme.name}
              </Text>
              {theme.theme.description && (
                <Text size="xs" c="dimmed" lineClamp={2}>
                  {theme.theme.description}
                </Text>
              )}
            </Stack>
            <Badge
              variant="light"
              color="gray"
              radius="sm"
              tt="none"
              title={hasChildren ? `${theme.segmentCount} coded with this theme itself, ${passages} including its sub-themes` : undefined}
            >
              {passages}
            </Badge>
          </Group>
        );
      }}
    />
  );
}

export function CodebookScreen() {
  const db = useRepository();
  const nodes = useThemeTree(db);
  if (!nodes) {
    return (
      <Center flex={1}>
        <Loader aria-label="Opening the codebook" />
      </Center>
    );
  }
  return (
    <ScrollArea flex={1} type="auto">
      <Stack gap="md" px="xl" py="lg" maw={820} mx="auto">
        <div>
          <Title order={2}>Codebook</Title>
          <Text size="sm" c="dimmed">
            The themes passages are coded with, and how many passages each holds (sub-themes included). Editing the codebook and coding
            passages are not built in this version yet.
          </Text>
        </div>
        {nodes.length === 0 ? (
          <Text c="dimmed">
            The codebook is empty. The <Anchor href="#/library">sample project</Anchor> comes with a codebook to explore.
          </Text>
        ) : (
          <ThemeTree nodes={nodes} />
        )}
      </Stack>
    </ScrollArea>
  );
}
