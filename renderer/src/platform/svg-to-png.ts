// An SVG picture drawn as PNG on a canvas (the heat-map export and the Word export's heat-map pictures).
import type { RenderedPicture } from '../../../shared/export-docx';

/** The SVG drawn onto a canvas at twice its size, for a sharp picture; the PNG bytes and their size in pixels. */
export async function svgToPng(svg: string): Promise<RenderedPicture> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const scale = 2;
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth * scale;
    canvas.height = image.naturalHeight * scale;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This window cannot draw pictures (no canvas).');
    context.scale(scale, scale);
    context.drawImage(image, 0, 0);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('The picture could not be turned into a PNG.');
    return { png: new Uint8Array(await blob.arrayBuffer()), width: canvas.width, height: canvas.height };
  } finally {
    URL.revokeObjectURL(url);
  }
}
