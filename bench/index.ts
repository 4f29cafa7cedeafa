// `npm run bench [-- name]`: runs every benchmark suite (or those whose name contains the argument).
import 'fake-indexeddb/auto';
import { runSuites } from './run';
import { repositorySuite } from './suites/repository.bench';

const suites = [repositorySuite];

await runSuites(suites, process.argv[2]);
