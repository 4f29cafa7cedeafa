// `comparanda codebook export|import`: the codebook as a REFI-QDA .qdc file or as CSV.
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import type { Command } from 'commander';
import { strFromU8, unzipSync } from 'fflate';
import { exportCodebookCsv, exportCodebookQdc, importCodebook, parseCodebookCsv, parseCodebookQdc } from '../../../shared/coding';
import { listThemes } from '../../../shared/db';
import { CliFailure, EXIT } from '../failure';
import { printJson } from '../io';
import { openRepositoryFile, saveRepositoryFile } from '../repository-file';
import { APP_VERSION } from '../version';
import { cliContext, orFail } from './coding-cli';
import type { RegisterVerb } from './verb';

type Format = 'qdc' | 'csv' | 'qdpx';

function formatOf(file: string, reading: boolean): Format {
  const ext = extname(file).toLowerCase();
  if (ext === '.qdc' || (reading && ext === '.qde')) return 'qdc';
  if (reading && ext === '.qdpx') return 'qdpx';
  if (ext === '.csv') return 'csv';
  throw new CliFailure(`${file}: a codebook file ends in .qdc (REFI-QDA) or .csv${reading ? ' (or is a .qde/.qdpx project)' : ''}.`, EXIT.usage);
}

/** The text of a codebook file; for a .qdpx project, its project.qde (names matched case-insensitively). */
async function readCodebookText(file: string, format: Format): Promise<string> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliFailure(code === 'ENOENT' ? `${file} does not exist.` : `${file} cannot be read (${code ?? 'unknown error'}).`);
  }
  if (format !== 'qdpx') return strFromU8(bytes);
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, { filter: (f) => f.name.toLowerCase().endsWith('.qde') });
  } catch {
    throw new CliFailure(`${file} is not a readable REFI-QDA project (.qdpx is a zip package).`);
  }
  const qde = Object.values(entries)[0];
  if (!qde) throw new CliFailure(`${file} holds no project.qde.`);
  return strFromU8(qde);
}

async function writeAtomically(path: string, text: string): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    await writeFile(temporary, text);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw new CliFailure(`${path} cannot be written (${(error as NodeJS.ErrnoException).code ?? 'unknown error'}).`);
  }
}

export const registerCodebook: RegisterVerb = (program, io) => {
  const codebook: Command = program.command('codebook').description('export or import the theme codebook (REFI-QDA .qdc or CSV)');

  codebook
    .command('export')
    .description('write the codebook to a .qdc (REFI-QDA, for ATLAS.ti, NVivo, MAXQDA …) or .csv file')
    .argument('<repo>', 'a .comparanda archive')
    .argument('<file>', 'the file to write: name.qdc or name.csv')
    .option('--json', 'print what was written as JSON')
    .action(async (repo: string, file: string, options: { json?: boolean }) => {
      const format = formatOf(file, false);
      const { db } = await openRepositoryFile(repo);
      try {
        const themes = await listThemes(db);
        const text = format === 'qdc' ? exportCodebookQdc(themes, `Comparanda ${APP_VERSION}`) : exportCodebookCsv(themes);
        if (text === null) throw new CliFailure(`${repo} has no themes to export.`);
        await writeAtomically(file, text);
        if (options.json) printJson(io, { file, format, themes: themes.length });
        else io.out(`Wrote ${themes.length} themes to ${file}.\n`);
      } finally {
        db.close();
      }
    });

  codebook
    .command('import')
    .description('merge a .qdc/.qde or .csv codebook into the themes: existing paths are kept, new themes added (one undoable change)')
    .argument('<repo>', 'a .comparanda archive')
    .argument('<file>', 'the codebook file: name.qdc, name.csv, or a REFI-QDA project (.qde or .qdpx)')
    .option('--json', 'print the import report as JSON')
    .action(async (repo: string, file: string, options: { json?: boolean }) => {
      const format = formatOf(file, true);
      const text = await readCodebookText(file, format);
      const parsed = orFail(format === 'csv' ? parseCodebookCsv(text, file) : parseCodebookQdc(text, file));
      const { db } = await openRepositoryFile(repo);
      try {
        const report = orFail(await importCodebook(db, await cliContext(db), parsed, { mode: 'merge' }));
        if (report.created.length > 0) await saveRepositoryFile(db, repo);
        if (options.json) printJson(io, { file, origin: parsed.origin ?? null, created: report.created.map((t) => t.name), kept: report.kept });
        else io.out(`Imported ${file}${parsed.origin ? ` (${parsed.origin})` : ''}: ${report.created.length} new themes, ${report.kept} already in the codebook.\n`);
      } finally {
        db.close();
      }
    });

  for (const sub of codebook.commands) sub.exitOverride();
  codebook.exitOverride();
};
