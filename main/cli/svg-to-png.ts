// SVG pictures drawn as PNG in Node for the CLI (resvg, a Rust SVG renderer with prebuilt binaries), with the system's fonts.
import type { RenderedPicture } from '../../shared/export-docx';

/** Drawn at twice the SVG's size, for a picture that stays sharp in print. */
const SCALE = 2;

export async function svgToPng(svg: string): Promise<RenderedPicture> {
  // Loaded on first use: only `--heatmaps` needs the native renderer.
  const { Resvg } = await import('@resvg/resvg-js');
  const rendered = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: SCALE },
    font: { loadSystemFonts: true, defaultFontFamily: 'Liberation Sans', sansSerifFamily: 'Liberation Sans' },
  }).render();
  return { png: new Uint8Array(rendered.asPng()), width: rendered.width, height: rendered.height };
}
