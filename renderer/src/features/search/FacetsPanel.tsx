// Counts per city and per theme among the results; a click narrows the search with a filter.
import { Badge, Stack, Text, UnstyledButton, Group, VisuallyHidden } from '@mantine/core';
import type { FacetCount } from '../../../../shared/search';
import classes from './SearchScreen.module.css';

interface FacetsPanelProps {
  cities: FacetCount[];
  themes: FacetCount[];
  onPick: (field: 'city' | 'theme', name: string) => void;
}

export function FacetsPanel({ cities, themes, onPick }: FacetsPanelProps) {
  return (
    <Stack gap="md" aria-label="Facets" component="aside">
      <FacetList title="Cities" field="city" counts={cities} onPick={onPick} />
      <FacetList title="Themes" field="theme" counts={themes} onPick={onPick} />
    </Stack>
  );
}

function FacetList({ title, field, counts, onPick }: { title: string; field: 'city' | 'theme'; counts: FacetCount[]; onPick: FacetsPanelProps['onPick'] }) {
  return (
    <Stack gap={2} role="group" aria-label={title}>
      <Text size="xs" fw={700} tt="uppercase" c="dimmed">
        {title}
      </Text>
      {counts.length === 0 && (
        <Text size="sm" c="dimmed">
          None among the hits
        </Text>
      )}
      {counts.map((facet) => (
        <UnstyledButton
          key={facet.id}
          onClick={() => onPick(field, facet.name)}
          px={6}
          py={2}
          style={{ borderRadius: 'var(--mantine-radius-sm)' }}
          className={classes.facet}
        >
          <Group justify="space-between" wrap="nowrap" gap="xs">
            {/* Named "Only Vienna 6 hits": the visible words with hidden ones around them, for voice control. */}
            <Text size="sm" truncate>
              <VisuallyHidden>Only </VisuallyHidden>
              {facet.name}
            </Text>
            <Badge size="sm" variant="light" color="gray">
              {facet.count}
              <VisuallyHidden> hits</VisuallyHidden>
            </Badge>
          </Group>
        </UnstyledButton>
      ))}
    </Stack>
  );
}
