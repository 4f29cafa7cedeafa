// Every CLI verb, in the order `--help` lists them. A new verb is one file here plus one line below.
import { registerImport } from './import';
import { registerInfo } from './info';
import { registerInit } from './init';
import { registerList } from './list';
import type { RegisterVerb } from './verb';

export const VERBS: readonly RegisterVerb[] = [registerInit, registerInfo, registerList, registerImport];
