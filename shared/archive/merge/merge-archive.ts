// Merging an archive file in one call: read it (every refusal of readArchive applies), plan, and apply unless only a dry run.
import type { MutationContext, RepositoryDb } from '../../db';
import { ok, type Result } from '../../result';
import type { ArchiveLimits } from '../format';
import { readArchive } from '../read';
import { applyMerge, planMerge, type MergeOptions } from './plan';
import type { MergeOverrides, MergeReport } from './types';

export interface MergeArchiveOptions extends MergeOptions {
  fileName?: string;
  overrides?: MergeOverrides;
  /** Plan and report only; nothing is written. */
  dryRun?: boolean;
  limits?: Partial<ArchiveLimits>;
}

export async function mergeArchive(
  db: RepositoryDb,
  ctx: MutationContext,
  bytes: Uint8Array,
  options: MergeArchiveOptions = {},
): Promise<Result<MergeReport>> {
  const read = await readArchive(bytes, options.limits, options.fileName);
  if (!read.ok) return read;
  const plan = await planMerge(db, read.value, options.overrides, options);
  if (options.dryRun) return ok(plan.report);
  return applyMerge(db, { ...ctx, ...options }, plan);
}
