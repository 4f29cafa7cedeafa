// The command-line program: verbs, help, version, and usage errors that exit with code 2.
import { Command, CommanderError } from 'commander';
import { toFailure } from '../../shared/result';
import { CliFailure, EXIT } from './failure';
import type { CliIo } from './io';
import { VERBS } from './verbs';
import { APP_VERSION } from './version';

export function createProgram(io: CliIo): Command {
  const program = new Command('comparanda')
    .description('Work with Comparanda repository archives (.comparanda files) from the command line.')
    .version(APP_VERSION, '-V, --version', 'print the Comparanda version')
    .showSuggestionAfterError(true)
    .configureOutput({
      writeOut: (text) => io.out(text),
      writeErr: (text) => io.err(text),
      outputError: (text, write) => write(`comparanda: ${text.replace(/^error: /, '').trimEnd()} (see comparanda --help)\n`),
    });
  for (const register of VERBS) register(program, io);
  // Usage errors throw instead of exiting, in every subcommand too, so run() decides the exit code.
  program.exitOverride();
  for (const command of program.commands) command.exitOverride();
  return program;
}

/** Runs the CLI with `args` (without node and script) and returns the exit code. */
export async function run(args: string[], io: CliIo): Promise<number> {
  const program = createProgram(io);
  try {
    await program.parseAsync(args, { from: 'user' });
    return EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return EXIT.ok;
      // Commander has already printed its message (or the help, when no verb was given).
      return EXIT.usage;
    }
    if (error instanceof CliFailure) {
      io.err(`comparanda: ${error.message}\n`);
      return error.exitCode;
    }
    io.err(`comparanda: something went wrong: ${toFailure(error).message.split('\n')[0]}\n`);
    return EXIT.failed;
  }
}
