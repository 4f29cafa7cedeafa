// Merging an archive into a repository that already holds data: plan, review, apply.
export { applyMerge, buildMerge, planMerge, type MergeOptions, type MergePlan } from './plan';
export { mergeArchive, type MergeArchiveOptions } from './merge-archive';
export * from './types';
export { editDistance, foldName, themePaths } from './names';
