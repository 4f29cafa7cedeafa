#!/usr/bin/env node
// Runs the Comparanda CLI straight from its TypeScript sources: tsx compiles them on the fly,
// so `npx comparanda` works right after `npm install`, without a build.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../main/cli/index.ts');
process.exitCode = await main(process.argv.slice(2));
