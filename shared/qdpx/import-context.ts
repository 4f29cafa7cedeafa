// What the import's write steps share: the draft, the clock and ids, the growing report and loss list.
import type { Draft, MutationContext, RepositoryDb } from '../db';
import type { IdGenerator } from '../model';
import type { LossItem, QdpxImportReport } from './format';
import type { ProjectPackage } from './package-read';
import type { ParsedProject } from './project-model';

export type QdpxImportContext = MutationContext & { newId?: IdGenerator };

export interface ImportRun {
  db: RepositoryDb;
  draft: Draft;
  ctx: QdpxImportContext;
  newId: IdGenerator;
  now: string;
  pkg: ProjectPackage;
  project: ParsedProject;
  report: QdpxImportReport;
  losses: LossItem[];
  /** The coder name for a user GUID: the project's user name, or the importing coder. */
  coderFor(userGuid: string): string;
}
