// Codebook files: export the themes as REFI-QDA .qdc or CSV through the bridge, import either from a chosen file.
import { notifications } from '@mantine/notifications';
import { exportCodebookCsv, exportCodebookQdc, importCodebook, parseCodebookCsv, parseCodebookQdc } from '../../../../shared/coding';
import type { MutationContext, RepositoryDb } from '../../../../shared/db';
import type { Theme } from '../../../../shared/model';
import { bridge } from '../../bridge';

export async function exportCodebook(themes: readonly Theme[], format: 'qdc' | 'csv', repositoryName = 'codebook'): Promise<void> {
  const content = format === 'qdc' ? exportCodebookQdc(themes) : exportCodebookCsv(themes);
  if (content === null) {
    notifications.show({ title: 'The codebook was not exported', message: 'The codebook has no themes to export.', color: 'red' });
    return;
  }
  const base = repositoryName.replace(/[\\/:*?"<>|]+/g, ' ').trim() || 'codebook';
  const result = await bridge.saveExport({ suggestedName: `${base} codebook.${format}`, bytes: new TextEncoder().encode(content) });
  if (!result.ok) notifications.show({ title: 'The codebook was not exported', message: result.error.message, color: 'red', autoClose: 8000 });
}

/** What happened to an imported file, in words: shown to the researcher as the outcome. */
export type ImportOutcome = { ok: true; message: string } | { ok: false; message: string };

export async function importCodebookFile(db: RepositoryDb, ctx: MutationContext, name: string, text: string): Promise<ImportOutcome> {
  const lower = name.toLowerCase();
  if (!lower.endsWith('.qdc') && !lower.endsWith('.csv')) return { ok: false, message: `${name} is neither a .qdc nor a .csv codebook.` };
  const parsed = lower.endsWith('.qdc') ? parseCodebookQdc(text, name) : parseCodebookCsv(text, name);
  if (!parsed.ok) return { ok: false, message: parsed.error.message };
  const result = await importCodebook(db, ctx, parsed.value);
  if (!result.ok) return { ok: false, message: result.error.message };
  const { created, kept } = result.value;
  return {
    ok: true,
    message: `${name}: ${created.length} ${created.length === 1 ? 'theme' : 'themes'} added, ${kept} already in the codebook kept as they were.`,
  };
}
