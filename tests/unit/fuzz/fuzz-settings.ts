// How hard the fuzz tests run: seeded and bounded in CI; `npm run fuzz` sets FUZZ_RUNS (and optionally FUZZ_SEED) for a long run.
import type { Parameters as FcParameters } from 'fast-check';

const longRuns = Number(process.env.FUZZ_RUNS ?? '');
/** True under `npm run fuzz`. */
export const LONG_RUN = Number.isFinite(longRuns) && longRuns > 0;
/** A fixed seed in CI so a failure reproduces; a long run takes FUZZ_SEED or the clock (fast-check prints it on failure). */
export const SEED = Number(process.env.FUZZ_SEED ?? (LONG_RUN ? Date.now() % 2 ** 31 : 20261123));

/** fast-check parameters: `ciRuns` in CI, FUZZ_RUNS × `weight` in a long run. */
export function fuzzParameters<T>(ciRuns: number, weight = 1): FcParameters<T> {
  return { numRuns: LONG_RUN ? Math.max(1, Math.round(longRuns * weight)) : ciRuns, seed: SEED };
}

/** Vitest timeout for one fuzz test. */
export const FUZZ_TIMEOUT_MS = LONG_RUN ? 60 * 60_000 : 30_000;

/**
 * The most one call may take on one generated input before it counts as a hang. Generous: only
 * runaway work (catastrophic backtracking, unbounded expansion) comes near it; speed is the bench's business.
 */
export const HANG_BOUND_MS = 2_000;

/** Runs `work`, failing when it takes longer than the hang bound. */
export function withoutHang<T>(work: () => T, what: string): T {
  const started = performance.now();
  const value = work();
  const ms = performance.now() - started;
  if (ms > HANG_BOUND_MS) throw new Error(`${what} took ${Math.round(ms)} ms on one input (bound ${HANG_BOUND_MS} ms)`);
  return value;
}

export async function withoutHangAsync<T>(work: () => Promise<T>, what: string, bound = HANG_BOUND_MS): Promise<T> {
  const started = performance.now();
  const value = await work();
  const ms = performance.now() - started;
  if (ms > bound) throw new Error(`${what} took ${Math.round(ms)} ms on one input (bound ${bound} ms)`);
  return value;
}
