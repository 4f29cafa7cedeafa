// Reads the table of justified Electronegativity findings from docs/security.md: rows of `CHECK_ID` | `file` | reason.
import { readFile } from 'node:fs/promises';

export interface Justification {
  check: string;
  file: string;
  reason: string;
}

const ROW = /^\|\s*`([A-Z0-9_]+)`\s*\|\s*`([^`]+)`\s*\|\s*(.+?)\s*\|\s*$/;

export async function readJustifications(docPath: string): Promise<Justification[]> {
  const text = await readFile(docPath, 'utf8');
  const out: Justification[] = [];
  for (const line of text.split('\n')) {
    const match = ROW.exec(line.trim());
    if (match) out.push({ check: match[1]!, file: match[2]!, reason: match[3]! });
  }
  return out;
}
