// Every CLI verb, in the order `--help` lists them. A new verb is one file here plus one line below.
import { registerChapter } from './chapter';
import { registerCity } from './city';
import { registerCode } from './code';
import { registerCodebook } from './codebook';
import { registerImport } from './import';
import { registerExport } from './export';
import { registerInfo } from './info';
import { registerInit } from './init';
import { registerList } from './list';
import { registerQdpx } from './qdpx';
import { registerMerge } from './merge';
import { registerMatrix } from './matrix';
import { registerSearch } from './search';
import { registerTag } from './tag';
import { registerTheme } from './theme';
import type { RegisterVerb } from './verb';

export const VERBS: readonly RegisterVerb[] = [registerInit, registerInfo, registerList, registerImport,
  registerCity, registerTag, registerTheme, registerCode, registerCodebook, registerSearch, registerMatrix,
  registerChapter, registerExport, registerMerge, registerQdpx];
