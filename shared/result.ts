// Errors as values: every boundary (IPC, one imported file, an archive) returns a Result.

export interface Failure {
  /** A stable machine-readable code, e.g. "invalid-payload", "not-an-archive". */
  code: string;
  /** A sentence a researcher understands; never a stack trace. */
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: Failure };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(code: string, message: string): Result<T> {
  return { ok: false, error: { code, message } };
}

/** An error carrying a Failure, for code paths that must throw (inside a Dexie transaction). */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'DomainError';
  }

  toFailure(): Failure {
    return { code: this.code, message: this.message };
  }
}

/** Turns anything thrown into a Failure; unknown errors keep their message but get a generic code. */
export function toFailure(error: unknown, fallbackCode = 'unexpected'): Failure {
  if (error instanceof DomainError) return error.toFailure();
  const message = error instanceof Error ? error.message : String(error);
  return { code: fallbackCode, message };
}
