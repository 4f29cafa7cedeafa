// Margin lanes for coded passages: overlapping passages get different lanes, so each keeps one stripe column.
import type { Segment } from '../../../../shared/model';

/** Greedy interval colouring in order of start: a passage takes the lowest lane free at its start. */
export function segmentLanes(segments: readonly Pick<Segment, 'id' | 'start' | 'end'>[]): Map<string, number> {
  const ordered = [...segments].sort((a, b) => a.start - b.start || b.end - a.end);
  const laneEnds: number[] = [];
  const lanes = new Map<string, number>();
  for (const s of ordered) {
    let lane = laneEnds.findIndex((end) => end <= s.start);
    if (lane === -1) lane = laneEnds.length;
    laneEnds[lane] = s.end;
    lanes.set(s.id, lane);
  }
  return lanes;
}

/** A passage's stripe: one colour, or equal bands of each theme's colour. */
export function stripeBackground(colours: readonly string[]): string {
  if (colours.length === 0) return '#868e96';
  if (colours.length === 1) return colours[0]!;
  const step = 100 / colours.length;
  return `linear-gradient(${colours.map((c, i) => `${c} ${i * step}% ${(i + 1) * step}%`).join(', ')})`;
}
