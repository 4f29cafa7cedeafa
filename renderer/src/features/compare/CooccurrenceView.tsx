// Theme co-occurrence: which themes meet in the same passages, for all cities or one city, as a shaded theme × theme table.
import { Select, Stack, Table, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { cooccurrence, darkShade, heatLevel, heatRgba, type CompareData, type CompareFilters } from '../../../../shared/compare';

interface CooccurrenceViewProps {
  data: CompareData;
  filters: CompareFilters;
}

export function CooccurrenceView({ data, filters }: CooccurrenceViewProps) {
  const [cityId, setCityId] = useState<string>('all');
  const result = useMemo(() => cooccurrence(data, { filters }), [data, filters]);
  const table = cityId === 'all' ? result.all : (result.cities.find((t) => t.city?.id === cityId) ?? result.all);
  const max = Math.max(0, ...table.counts.flatMap((row, i) => row.filter((_, j) => j !== i)));
  const label = table.city ? table.city.name : 'all cities';
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed" maw={760}>
        Two themes meet where one passage is coded with both, or where passages coded with each overlap in a document. The diagonal shows how many
        passages carry the theme.
      </Text>
      <Select
        label="City"
        size="xs"
        w={220}
        data={[{ value: 'all', label: 'All cities' }, ...result.cities.map((t) => ({ value: t.city!.id, label: t.city!.name }))]}
        value={cityId}
        onChange={(value) => setCityId(value ?? 'all')}
        allowDeselect={false}
      />
      <Table.ScrollContainer minWidth={400}>
        <Table withTableBorder withColumnBorders aria-label={`Theme co-occurrence in ${label}`} data-testid="cooccurrence" fz="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Theme</Table.Th>
              {result.themes.map(({ theme }, j) => (
                <Table.Th key={theme.id} scope="col" title={theme.name} style={{ textAlign: 'center', minWidth: 36 }}>
                  {j + 1}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {result.themes.map(({ theme, depth }, i) => (
              <Table.Tr key={theme.id}>
                <Table.Th scope="row" style={{ paddingLeft: 8 + depth * 14, fontWeight: depth === 0 ? 600 : 400, whiteSpace: 'nowrap' }}>
                  {i + 1}. {theme.name}
                </Table.Th>
                {table.counts[i]!.map((count, j) => {
                  const level = i === j ? 0 : heatLevel(count, max);
                  return (
                    <Table.Td
                      key={j}
                      style={{ textAlign: 'center', background: heatRgba(level), color: darkShade(level) ? '#fff' : i === j ? 'var(--mantine-color-dimmed)' : undefined }}
                      aria-label={i === j ? `${theme.name}: ${count} passages` : `${theme.name} with ${result.themes[j]!.theme.name}: ${count}`}
                    >
                      {count === 0 ? '·' : count}
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
