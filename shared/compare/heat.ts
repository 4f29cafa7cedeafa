// Heat-map shading shared by the matrix screen, the SVG picture and the spreadsheet: one scale, one colour.
export const HEAT_RGB = [28, 126, 214] as const;

/** Where `value` lies on the scale 0…max, as 0…1 (0 when max is 0). */
export function heatLevel(value: number, max: number): number {
  if (!(max > 0) || !(value > 0)) return 0;
  return Math.min(1, value / max);
}

/** The shade for `level` blended onto white, "#rrggbb" (for the picture and the spreadsheet). */
export function heatColour(level: number): string {
  const alpha = 0.08 + 0.82 * Math.min(1, Math.max(0, level));
  const hex = HEAT_RGB.map((c) => Math.round(255 + (c - 255) * (level > 0 ? alpha : 0)).toString(16).padStart(2, '0')).join('');
  return `#${hex}`;
}

/** The shade for `level` as a translucent colour, so it sits on a light or a dark background. */
export function heatRgba(level: number): string {
  if (level <= 0) return 'transparent';
  return `rgba(${HEAT_RGB.join(', ')}, ${(0.12 + 0.78 * Math.min(1, level)).toFixed(3)})`;
}

/** True when text on this shade must be white to stay readable. */
export function darkShade(level: number): boolean {
  return level > 0.55;
}

/** The values a legend shows from 0 to `max`: whole numbers for counts (at most `steps` + 1 of them), even steps for shares. */
export function legendSteps(max: number, wholeNumbers: boolean, steps = 5): number[] {
  if (!(max > 0)) return [0];
  const count = wholeNumbers ? Math.max(1, Math.min(steps, Math.round(max))) : steps;
  const values = Array.from({ length: count + 1 }, (_, s) => (max * s) / count);
  return wholeNumbers ? [...new Set(values.map((v) => Math.round(v)))] : values;
}
