// The CLI's exit codes and the error a verb throws to stop with one plain line on stderr.

export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/** A failure the user can act on: printed as "comparanda: <message>", never with a stack trace. */
export class CliFailure extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT.failed,
  ) {
    super(message);
    this.name = 'CliFailure';
  }
}
