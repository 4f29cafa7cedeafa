// `npm run bench [-- name]`: runs every benchmark suite (or those whose name contains the argument).
import 'fake-indexeddb/auto';
import { runSuites } from './run';
import { archiveSuite } from './suites/archive.bench';
import { docxSuite } from './suites/docx.bench';
import { importSuite } from './suites/import.bench';
import { repositorySuite } from './suites/repository.bench';
import { searchSuite } from './suites/search.bench';
import { uiSuite } from './suites/ui.bench';

const suites = [repositorySuite, importSuite, searchSuite, archiveSuite, docxSuite, uiSuite];

await runSuites(suites, process.argv[2]);
