// The Reader's legend: the themes coded in this document, with their colours and passage counts.
import { ColorSwatch, Group, Stack, Text, Title } from '@mantine/core';
import type { Segment, Theme } from '../../../../shared/model';

export function ThemeLegend({ segments, themes }: { segments: Segment[]; themes: Theme[] }) {
  const counts = new Map<string, number>();
  for (const segment of segments) for (const id of segment.themeIds) counts.set(id, (counts.get(id) ?? 0) + 1);
  const used = themes.filter((t) => counts.has(t.id));
  return (
    <Stack gap="sm" aria-label="Themes in this document" role="group">
      <Title order={3} size="h6" tt="uppercase" c="dimmed" lts={0.4}>
        Coded themes
      </Title>
      {used.length === 0 ? (
        <Text size="sm" c="dimmed">
          No passage in this document is coded yet. Select text to code it.
        </Text>
      ) : (
        <Stack gap={8} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} data-testid="theme-legend">
          {used.map((theme) => (
            <Group key={theme.id} component="li" gap="xs" wrap="nowrap" title={theme.description || undefined}>
              <ColorSwatch color={theme.colour} size={14} withShadow={false} aria-hidden />
              <Text size="sm" flex={1} lh={1.3}>
                {theme.name}
              </Text>
              <Text size="xs" c="dimmed" aria-label={`${counts.get(theme.id)} passages`}>
                {counts.get(theme.id)}
              </Text>
            </Group>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
