// The shape of one CLI verb: a function that adds its subcommand to the program.
import type { Command } from 'commander';
import type { CliIo } from '../io';

export type RegisterVerb = (program: Command, io: CliIo) => void;
