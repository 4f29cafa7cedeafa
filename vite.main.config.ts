// Builds Electron's main process (dist/main/index.js, ESM) and its sandboxed preload (dist/main/preload.cjs, one CommonJS file) in one `vite build`.
import { rm } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { defineConfig } from 'vite';
import type { EnvironmentOptions } from 'vite';

// Tests build into a temporary folder through this variable; normal builds go to dist/main.
const outDir = process.env.COMPARANDA_MAIN_OUT_DIR ?? 'dist/main';
const external = ['electron', ...builtinModules, ...builtinModules.map((name) => `node:${name}`)];

function nodeEnvironment(entry: string, output: { format: 'es' | 'cjs'; entryFileNames: string }): EnvironmentOptions {
  return {
    consumer: 'server',
    // Everything but Electron and Node's own modules is bundled, so the packaged app needs no node_modules.
    resolve: { noExternal: true, external: ['electron'] },
    build: {
      outDir,
      emptyOutDir: false,
      target: 'node20',
      sourcemap: true,
      minify: false,
      reportCompressedSize: false,
      rolldownOptions: { input: entry, external, output: { ...output, codeSplitting: false } },
    },
  };
}

export default defineConfig({
  publicDir: false,
  environments: {
    main: nodeEnvironment('main/index.ts', { format: 'es', entryFileNames: 'index.js' }),
    preload: nodeEnvironment('main/preload.cts', { format: 'cjs', entryFileNames: 'preload.cjs' }),
  },
  builder: {
    async buildApp(builder) {
      // Clear old output once, then build both files into the same folder.
      await rm(path.resolve(builder.config.root, outDir), { recursive: true, force: true });
      for (const environment of [builder.environments.main, builder.environments.preload]) {
        if (environment) await builder.build(environment);
      }
    },
  },
});
