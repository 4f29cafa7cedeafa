// The CLI entry point: runs the program on process arguments and sets the exit code.
import { processIo } from './io';
import { run } from './program';

export async function main(args: string[] = process.argv.slice(2)): Promise<number> {
  return run(args, processIo);
}
