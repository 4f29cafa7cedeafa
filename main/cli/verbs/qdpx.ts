// `comparanda qdpx export|import`: exchange the repository with ATLAS.ti, MAXQDA, NVivo and others as a REFI-QDA project.
import { randomUUID } from 'node:crypto';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import type { Command } from 'commander';
import { countRepository } from '../../../shared/db';
import { exportQdpx, importQdpx, QDPX_EXTENSION, type QdpxImportReport } from '../../../shared/qdpx';
import { CliFailure, EXIT } from '../failure';
import { printJson, type CliIo } from '../io';
import { loadPdfjsForNode, pdfjsNodeDocumentOptions } from '../pdfjs-node';
import { openRepositoryFile, saveRepositoryFile } from '../repository-file';
import { APP_VERSION } from '../version';
import { cliContext, orFail } from './coding-cli';
import type { RegisterVerb } from './verb';

async function readProject(file: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliFailure(code === 'ENOENT' ? `${file} does not exist.` : `${file} cannot be read (${code ?? 'unknown error'}).`);
  }
}

async function writeAtomically(path: string, bytes: Uint8Array): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${randomUUID().slice(0, 8)}.tmp`);
  try {
    await writeFile(temporary, bytes);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw new CliFailure(`${path} cannot be written (${(error as NodeJS.ErrnoException).code ?? 'unknown error'}).`);
  }
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function printReport(io: CliIo, file: string, report: QdpxImportReport): void {
  io.out(
    `Imported ${file} ("${report.projectName}"${report.origin ? `, from ${report.origin}` : ''}): ` +
      `${plural(report.documents.added, 'new document')} (${report.documents.reused} already here), ` +
      `${plural(report.themes.added, 'new theme')}, ${plural(report.cities.added, 'new city').replace('citys', 'cities')}, ` +
      `${plural(report.segments.added, 'coded passage')} (${report.segments.alreadyPresent} already here), ${plural(report.memos.added, 'memo')}.\n`,
  );
  if (report.losses.length === 0) {
    io.out('Nothing was left out.\n');
    return;
  }
  io.out(`Not imported (${report.losses.length}):\n`);
  for (const loss of report.losses) io.out(`  - ${loss.item}${loss.line !== undefined ? ` (line ${loss.line})` : ''}: ${loss.reason}\n`);
}

export const registerQdpx: RegisterVerb = (program, io) => {
  const qdpx: Command = program.command('qdpx').description('export or import a REFI-QDA project (.qdpx) for ATLAS.ti, MAXQDA, NVivo and others');

  qdpx
    .command('export')
    .description('write the repository as a .qdpx project: codebook, cities as cases, documents as text, coded passages, memos')
    .argument('<repo>', 'a .comparanda archive')
    .requiredOption('-o, --output <file>', 'the project file to write (name.qdpx)')
    .option('--json', 'print what was written as JSON')
    .action(async (repo: string, options: { output: string; json?: boolean }) => {
      if (extname(options.output).toLowerCase() !== QDPX_EXTENSION) throw new CliFailure(`${options.output}: a REFI-QDA project file ends in .qdpx.`, EXIT.usage);
      const { db } = await openRepositoryFile(repo);
      try {
        const bytes = await exportQdpx(db, { appVersion: APP_VERSION });
        await writeAtomically(options.output, bytes);
        const counts = await countRepository(db);
        const summary = { file: options.output, bytes: bytes.length, documents: counts.documents, themes: counts.themes, cities: counts.cities, segments: counts.segments };
        if (options.json) printJson(io, summary);
        else io.out(`Wrote ${options.output}: ${plural(counts.documents, 'document')}, ${plural(counts.themes, 'theme')}, ${plural(counts.segments, 'coded passage')}.\n`);
      } finally {
        db.close();
      }
    });

  qdpx
    .command('import')
    .description('add a .qdpx project (or a bare .qde) to the repository as one undoable change; lists what could not be imported')
    .argument('<repo>', 'a .comparanda archive')
    .argument('<file>', 'the REFI-QDA project: name.qdpx or project.qde')
    .option('--json', 'print the import report as JSON')
    .action(async (repo: string, file: string, options: { json?: boolean }) => {
      const bytes = await readProject(file);
      const { db } = await openRepositoryFile(repo);
      try {
        const report = orFail(
          await importQdpx(bytes, db, await cliContext(db), { fileName: basename(file), loadPdfjs: loadPdfjsForNode, pdfjsDocumentOptions: pdfjsNodeDocumentOptions }),
        );
        await saveRepositoryFile(db, repo);
        if (options.json) printJson(io, report);
        else printReport(io, file, report);
      } finally {
        db.close();
      }
    });

  for (const sub of qdpx.commands) sub.exitOverride();
  qdpx.exitOverride();
};
