// The heat-map legend: the shades from none to the largest cell, with their values.
import { Group, Text } from '@mantine/core';
import { formatFigure, heatRgba, MEASURE_LABELS, type Matrix } from '../../../../shared/compare';

const STEPS = 5;

export function HeatLegend({ matrix }: { matrix: Matrix }) {
  const values = Array.from({ length: STEPS + 1 }, (_, s) => (matrix.max * s) / STEPS);
  return (
    <Group gap={6} align="center" aria-label="Legend" role="group">
      <Text size="xs" c="dimmed" mr={4}>
        {MEASURE_LABELS[matrix.measure]}
      </Text>
      {values.map((value, s) => (
        <Group key={s} gap={4} wrap="nowrap">
          <span style={{ width: 18, height: 14, borderRadius: 2, background: s === 0 ? 'transparent' : heatRgba(s / STEPS), border: '1px solid var(--mantine-color-default-border)' }} aria-hidden />
          <Text size="xs">{formatFigure(matrix.measure === 'share' ? value : Math.round(value), matrix.measure)}</Text>
        </Group>
      ))}
    </Group>
  );
}
