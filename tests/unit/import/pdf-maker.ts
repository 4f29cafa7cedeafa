// Writes small text PDFs for tests: pages of lines at given positions, page labels, an Info dictionary.
export interface PdfLine {
  text: string;
  x: number;
  y: number;
  size?: number;
}

export interface PdfSpec {
  pages: PdfLine[][];
  /** /PageLabels number tree, e.g. "<< /Nums [0 << /S /r >> 2 << /S /D >>] >>" */
  pageLabels?: string;
  info?: Record<string, string>;
  /** Draw a 1×1 grey image on every page (a "scan"). */
  image?: boolean;
}

const escape = (s: string) => s.replace(/[\\()]/g, (c) => `\\${c}`);

export function makePdf(spec: PdfSpec): Uint8Array {
  const objects: string[] = [];
  const add = (body: string) => objects.push(body) - 1 + 1;
  const font = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const image = spec.image
    ? add('<< /Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 1 >>\nstream\n\x80\nendstream')
    : undefined;
  const pagesId = objects.length + 1 + spec.pages.length * 2;
  const pageIds: number[] = [];
  for (const lines of spec.pages) {
    const drawing = image ? ['q 500 0 0 700 50 50 cm /Im1 Do Q'] : [];
    const stream = [...drawing, ...lines.map((l) => `BT /F1 ${l.size ?? 12} Tf ${l.x} ${l.y} Td (${escape(l.text)}) Tj ET`)].join('\n');
    const content = add(`<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`);
    pageIds.push(add(`<< /Type /Page /Parent ${pagesId} 0 R /MediaBox [0 0 595 842] /Contents ${content} 0 R /Resources << /Font << /F1 ${font} 0 R >>${image ? ` /XObject << /Im1 ${image} 0 R >>` : ''} >> >>`));
  }
  add(`<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pageIds.length} >>`);
  const catalog = add(`<< /Type /Catalog /Pages ${pagesId} 0 R${spec.pageLabels ? ` /PageLabels ${spec.pageLabels}` : ''} >>`);
  const info = spec.info
    ? add(`<< ${Object.entries(spec.info).map(([k, v]) => `/${k} (${escape(v)})`).join(' ')} >>`)
    : undefined;
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) out += `${String(offset).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R${info ? ` /Info ${info} 0 R` : ''} >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}
