// importQdpx: a REFI-QDA project into the repository as one undoable change, with a report of what could not come along.
import type { ArchiveLimits } from '../archive/format';
import { mutate, type RepositoryDb } from '../db';
import { isoNow, randomId } from '../model';
import { fail, ok, toFailure, type Result } from '../result';
import type { LossItem, QdpxImportReport } from './format';
import { importCases } from './import-cases';
import { importCodebook } from './import-codebook';
import type { ImportRun, QdpxImportContext } from './import-context';
import { importDocuments } from './import-documents';
import { importNotes } from './import-notes';
import { VariableImport } from './import-variables';
import { readProjectPackage } from './package-read';
import { readProjectQde } from './qde-read';
import { prepareSources, type ImportPdfOptions, type PreparedSource } from './sources-read';

export interface QdpxImportOptions extends ImportPdfOptions {
  /** The file's name, for messages ("project.qdpx, line 12: …"). */
  fileName?: string;
  /** Bounds on the unpacked package (tests lower them). */
  packageLimits?: Partial<ArchiveLimits>;
}

function emptyReport(projectName: string, origin: string | null): QdpxImportReport {
  return {
    projectName,
    origin,
    documents: { added: 0, reused: 0 },
    themes: { added: 0, kept: 0 },
    cities: { added: 0, kept: 0 },
    attributes: { added: 0 },
    segments: { added: 0, alreadyPresent: 0 },
    memos: { added: 0 },
    coders: [],
    losses: [],
  };
}

/**
 * Imports a .qdpx package (or a bare project.qde). Everything is read and every text extracted first; then one
 * transaction writes it, so a failure leaves the repository unchanged and Undo removes the whole import.
 * Documents whose NFC text has the same SHA-256 as a document already in the repository are reused, not duplicated.
 */
export async function importQdpx(bytes: Uint8Array, db: RepositoryDb, ctx: QdpxImportContext, options: QdpxImportOptions = {}): Promise<Result<QdpxImportReport>> {
  const file = options.fileName ?? 'the project';
  let read: { pkg: ImportRun['pkg']; project: ImportRun['project']; losses: LossItem[]; prepared: PreparedSource[] };
  try {
    const pkg = readProjectPackage(bytes, file, options.packageLimits);
    const project = readProjectQde(pkg.qde, pkg.bare ? file : `${file}: ${pkg.qdeName}`);
    const losses: LossItem[] = [...project.losses];
    read = { pkg, project, losses, prepared: await prepareSources(pkg, project.sources, options, losses) };
  } catch (error) {
    return { ok: false, error: toFailure(error, 'invalid-project') };
  }
  const { pkg, project, prepared } = read;
  const label = `Imported the REFI-QDA project "${project.name}"${project.origin ? ` from ${project.origin}` : ''}`;
  const written = await mutate(db, ctx, label, async (draft) => {
    const report = emptyReport(project.name, project.origin);
    const losses = [...read.losses];
    const coders = new Set([...project.users.values()].map((name) => name.trim()).filter(Boolean));
    const run: ImportRun = {
      db, draft, ctx, newId: ctx.newId ?? randomId, now: isoNow(ctx.clock), pkg, project, report, losses,
      coderFor(userGuid) {
        const name = project.users.get(userGuid)?.trim() || ctx.coder;
        coders.add(name);
        return name;
      },
    };
    const variables = new VariableImport(run);
    const themeOf = await importCodebook(run);
    const { cityOf, descriptions } = await importCases(run, variables);
    const links = await importDocuments(run, prepared, themeOf, cityOf, variables, file);
    await importNotes(run, themeOf, cityOf, links, descriptions);
    return { ...report, coders: [...coders].sort(), losses };
  });
  if (!written.ok) return fail(written.error.code, `${file} was not imported: ${written.error.message}`);
  return ok(written.value);
}
