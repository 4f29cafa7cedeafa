// The codebook beside the text as drop targets: dragging the selected text onto a theme codes it with that theme.
import { ColorSwatch, Group, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { themePath } from '../../../../shared/coding';
import type { Theme } from '../../../../shared/model';

export function DropThemes({ themes, enabled, onDrop }: { themes: readonly Theme[]; enabled: boolean; onDrop: (theme: Theme) => void }) {
  const [over, setOver] = useState<string | null>(null);
  const ordered = useMemo(() => {
    const byId = new Map(themes.map((t) => [t.id, t]));
    return themes.map((t) => ({ theme: t, depth: themePath(t, byId).length - 1, path: themePath(t, byId).join(' / ') })).sort((a, b) => a.path.localeCompare(b.path));
  }, [themes]);
  if (themes.length === 0) return null;
  return (
    <Stack gap={4} role="group" aria-label="Codebook">
      <Title order={3} size="h6" tt="uppercase" c="dimmed" lts={0.4}>
        Codebook
      </Title>
      <Text size="xs" c="dimmed">
        Drag selected text onto a theme to code it.
      </Text>
      {ordered.map(({ theme, depth }) => (
        <Group
          key={theme.id}
          gap="xs"
          wrap="nowrap"
          px={6}
          py={2}
          data-testid="drop-theme"
          style={{
            borderRadius: 4,
            outline: over === theme.id ? '2px dashed var(--mantine-primary-color-filled)' : undefined,
            background: over === theme.id ? 'var(--mantine-color-default-hover)' : undefined,
          }}
          onDragOver={(e) => {
            if (!enabled) return;
            e.preventDefault();
            e.dataTransfer.dropEffect = 'copy';
            setOver(theme.id);
          }}
          onDragLeave={() => setOver(null)}
          onDrop={(e) => {
            e.preventDefault();
            setOver(null);
            if (enabled) onDrop(theme);
          }}
        >
          <ColorSwatch color={theme.colour} size={10} withShadow={false} aria-hidden />
          <Text size="xs" truncate pl={depth * 12}>
            {theme.name}
          </Text>
        </Group>
      ))}
    </Stack>
  );
}
