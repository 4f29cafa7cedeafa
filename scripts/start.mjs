// `npm start`: opens the desktop app in Electron; where Electron's binary is not installed, serves the same app to the browser instead.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const PROJECT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

/** The folder of the installed `electron` package, or null when it is not installed. */
export function electronPackageDir() {
  try {
    return dirname(require.resolve('electron/package.json', { paths: [PROJECT] }));
  } catch {
    return null;
  }
}

/**
 * The Electron executable the `electron` package would start, or null when it is missing.
 * Requiring `electron` without its binary starts a download (impossible offline, and noisy), so this
 * reads the same path.txt the package reads and only checks that the file is there.
 */
export function electronBinary(packageDir, env = process.env) {
  if (!packageDir) return null;
  const pathFile = join(packageDir, 'path.txt');
  const executable = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  let candidate;
  if (env.ELECTRON_OVERRIDE_DIST_PATH) candidate = join(env.ELECTRON_OVERRIDE_DIST_PATH, executable || 'electron');
  else if (executable) candidate = join(packageDir, 'dist', executable);
  else return null;
  return existsSync(candidate) ? candidate : null;
}

/** Starts Electron on the project folder; resolves once the process runs, rejects when it cannot be started. */
function launchElectron(binary, appDir, args) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(binary, [appDir, ...args], { stdio: 'inherit', cwd: appDir });
    child.once('error', reject);
    child.once('spawn', () => {
      child.off('error', reject);
      resolvePromise(child);
    });
  });
}

async function serveOnFreePort(serveRenderer, { port, host, root }) {
  try {
    return await serveRenderer({ port, host, ...(root ? { root } : {}) });
  } catch (error) {
    if (error?.code !== 'EADDRINUSE' || port === 0) throw error;
    return serveRenderer({ port: 0, host, ...(root ? { root } : {}) });
  }
}

/**
 * Opens the app. In Electron: `{ mode: 'electron', exited }` (exited resolves to the exit code).
 * Without it: `{ mode: 'web', url, close }`, after printing one line that says so.
 */
export async function startApp({ port = 5173, host = '127.0.0.1', root, packageDir = electronPackageDir(), appDir = PROJECT, args = [], log = console.log } = {}) {
  const binary = electronBinary(packageDir);
  let reason = 'its binary is not installed';
  if (binary) {
    try {
      const child = await launchElectron(binary, appDir, args);
      const exited = new Promise((resolvePromise) => child.once('exit', (code) => resolvePromise(code ?? 0)));
      return { mode: 'electron', exited };
    } catch (error) {
      reason = `it failed to launch: ${error?.code ?? error?.message ?? error}`;
    }
  }
  const { serveRenderer } = await import('./serve.ts');
  const { url, close } = await serveOnFreePort(serveRenderer, { port, host, root });
  log(`Electron could not be started here (${reason}); serving the same app at ${url} instead.`);
  return { mode: 'web', url, close };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const started = await startApp({ args: process.argv.slice(2) });
    if (started.mode === 'electron') {
      process.exit(await started.exited);
    } else {
      const stop = () => void started.close().then(() => process.exit(0));
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    }
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
