// `npm run bench [-- name]`: runs every benchmark suite (or those whose name contains the argument).
import 'fake-indexeddb/auto';
import { runSuites } from './run';
import { importSuite } from './suites/import.bench';
import { repositorySuite } from './suites/repository.bench';

const suites = [repositorySuite, importSuite];

await runSuites(suites, process.argv[2]);
