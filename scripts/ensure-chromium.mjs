// The end-to-end tests drive Debian's Chromium (Playwright cannot download browsers here).
// Installs it when missing and we are root; otherwise stops with the one command to run.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (existsSync(path)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot || !existsSync('/usr/bin/apt-get')) {
  console.error(
    `Chromium not found at ${path}: run "sudo apt-get update && sudo apt-get install -y chromium" (or set CHROMIUM_PATH), then npm test again.`,
  );
  process.exit(1);
}
console.log("Chromium is missing: installing Debian's chromium with apt-get (about a minute)...");
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
const update = spawnSync('apt-get', ['update'], { stdio: 'inherit', env });
const installed =
  update.status === 0 &&
  spawnSync('apt-get', ['install', '-y', 'chromium'], { stdio: 'inherit', env }).status === 0;
if (!installed || !existsSync(path)) {
  console.error(
    'Installing chromium failed: run "apt-get update && apt-get install -y chromium" and look at its output.',
  );
  process.exit(1);
}
console.log(execFileSync(path, ['--version']).toString().trim());
