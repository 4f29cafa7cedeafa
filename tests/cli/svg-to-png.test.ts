// The CLI's SVG → PNG drawing (resvg with the system's fonts): a real PNG at twice the size, and the heat map's labels drawn, not left blank.
import { describe, expect, it } from 'vitest';
import { svgToPng } from '../../main/cli/svg-to-png';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const FONT = "font-family=\"'Liberation Sans', Arial, Helvetica, sans-serif\"";
const picture = (text: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="100" viewBox="0 0 400 100"><rect width="400" height="100" fill="#ffffff"/><text x="12" y="60" ${FONT} font-size="28" fill="#212529">${text}</text></svg>`;

describe('svgToPng (CLI)', () => {
  it('draws a PNG at twice the SVG size', async () => {
    const drawn = await svgToPng(picture('Wien'));
    expect([...drawn.png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    expect({ width: drawn.width, height: drawn.height }).toEqual({ width: 800, height: 200 });
    const view = new DataView(drawn.png.buffer, drawn.png.byteOffset);
    expect({ width: view.getUint32(16), height: view.getUint32(20) }).toEqual({ width: 800, height: 200 });
  });

  it('draws the labels: text in Latin, Czech and Cyrillic makes a far bigger picture than a blank one', async () => {
    // Without a font the text would be skipped and the PNG would be the white background alone, which compresses to almost nothing.
    const [blank, labelled] = await Promise.all([svgToPng(picture('')), svgToPng(picture('Housing · Řekla · Бургас'))]);
    expect(labelled.png.length).toBeGreaterThan(blank.png.length * 5);
  });
});
