// The heat-map legend: the shades from none to the top of the scale, with their values.
import { Group, Text } from '@mantine/core';
import { formatFigure, heatLevel, heatRgba, legendSteps, MEASURE_LABELS, type Matrix } from '../../../../shared/compare';

export function HeatLegend({ matrix, max }: { matrix: Matrix; max: number }) {
  const values = legendSteps(max, matrix.measure !== 'share');
  return (
    <Group gap={6} align="center" aria-label="Legend" role="group">
      <Text size="xs" c="dimmed" mr={4}>
        {MEASURE_LABELS[matrix.measure]}
      </Text>
      {values.map((value) => (
        <Group key={value} gap={4} wrap="nowrap">
          <span
            style={{ width: 18, height: 14, borderRadius: 2, background: heatRgba(heatLevel(value, max)), border: '1px solid var(--mantine-color-default-border)' }}
            aria-hidden
          />
          <Text size="xs">{formatFigure(value, matrix.measure)}</Text>
        </Group>
      ))}
    </Group>
  );
}
