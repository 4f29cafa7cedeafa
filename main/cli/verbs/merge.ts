// `comparanda merge`: merges another archive into the repository (one undoable change), or reports what it would do.
import { readFile } from 'node:fs/promises';
import { MERGE_KINDS, mergeArchive, type ConflictChoice, type MergeReport } from '../../../shared/archive';
import { CliFailure } from '../failure';
import { printJson } from '../io';
import { openRepositoryFile, saveRepositoryFile } from '../repository-file';
import { formatTable } from '../table';
import { cliContext } from './coding-cli';
import type { RegisterVerb } from './verb';

interface MergeVerbOptions {
  dryRun?: boolean;
  takeIncoming?: boolean;
  json?: boolean;
}

const KIND_LABELS: Record<(typeof MERGE_KINDS)[number], string> = {
  documents: 'Documents',
  cities: 'Cities',
  themes: 'Themes',
  segments: 'Coded passages',
  memos: 'Memos',
  chapters: 'Chapters',
  attributeDefinitions: 'Attributes',
  savedSearches: 'Saved searches',
};

function printReport(report: MergeReport, out: (text: string) => void): void {
  const rows = MERGE_KINDS.map((kind) => [KIND_LABELS[kind], report.counts[kind]] as const);
  out(
    formatTable(rows, [
      { header: 'Kind', value: (r) => r[0] },
      { header: 'Added', value: (r) => String(r[1].added), align: 'right' },
      { header: 'Matched', value: (r) => String(r[1].matched), align: 'right' },
      { header: 'Skipped', value: (r) => String(r[1].skipped), align: 'right' },
      { header: 'Conflicting', value: (r) => String(r[1].conflicting), align: 'right' },
    ]),
  );
  for (const c of report.conflicts) {
    const kept = c.choice === 'keep-current' ? 'kept' : 'took incoming';
    out(`Conflict: ${c.kind} "${c.subject}" ${c.field}: here ${JSON.stringify(c.current)}, incoming ${JSON.stringify(c.incoming)} (${kept}).\n`);
  }
  for (const m of report.themeMappings) {
    out(`Theme "${m.incomingPath}" is close to "${m.suggestedPath}": ${m.choice === 'new' ? 'created as a new theme' : 'merged into it'}.\n`);
  }
  for (const s of report.skipped) out(`Skipped ${s.what}: ${s.reason}.\n`);
}

export const registerMerge: RegisterVerb = (program, io) => {
  program
    .command('merge')
    .description('merge another archive into the repository: documents, codebook, cities, every coder’s passages, memos and chapters')
    .argument('<repo>', 'a .comparanda archive (rewritten unless --dry-run)')
    .argument('<incoming>', 'the .comparanda archive to merge in')
    .option('--dry-run', 'report what the merge would do without writing')
    .option('--take-incoming', 'resolve every conflict with the incoming value (default: keep what the repository has)')
    .option('--json', 'print the merge report as JSON')
    .action(async (repo: string, incoming: string, options: MergeVerbOptions) => {
      let bytes: Uint8Array;
      try {
        bytes = new Uint8Array(await readFile(incoming));
      } catch (error) {
        throw new CliFailure(`${incoming} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'unknown error'}).`);
      }
      const { db } = await openRepositoryFile(repo);
      try {
        const ctx = await cliContext(db);
        const planned = await mergeArchive(db, ctx, bytes, { fileName: incoming, dryRun: true });
        if (!planned.ok) throw new CliFailure(planned.error.message);
        const choice: ConflictChoice = options.takeIncoming ? 'take-incoming' : 'keep-current';
        const conflicts = Object.fromEntries(planned.value.conflicts.filter((c) => c.choosable).map((c) => [c.id, choice]));
        const result = await mergeArchive(db, ctx, bytes, { fileName: incoming, dryRun: options.dryRun, overrides: { conflicts } });
        if (!result.ok) throw new CliFailure(result.error.message);
        if (!options.dryRun) await saveRepositoryFile(db, repo);
        if (options.json) {
          printJson(io, { repo, incoming, dryRun: options.dryRun === true, report: result.value });
          return;
        }
        io.out(options.dryRun ? `Merging ${incoming} into ${repo} would do this (nothing written):\n` : `Merged ${incoming} into ${repo}:\n`);
        printReport(result.value, io.out);
      } finally {
        db.close();
      }
    });
};
