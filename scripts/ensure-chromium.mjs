// Before `npm test`: the end-to-end tests drive Debian's Chromium. When it is missing and this is a Debian
// machine where we are root, install it (as .ci/run does); otherwise say in one line what to install.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  const canInstall = !process.env.CHROMIUM_PATH && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (!canInstall) {
    console.error(`Chromium is not at ${chromium}: install it (Debian: apt-get install chromium fonts-liberation) or set CHROMIUM_PATH; the end-to-end tests need it.`);
    process.exit(1);
  }
  console.log('Installing Chromium for the end-to-end tests (apt-get install chromium fonts-liberation) …');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-liberation'], { stdio: 'inherit', env });
}
