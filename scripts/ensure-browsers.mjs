// Makes sure the system browsers the tests need are installed (Debian packages; no tool downloads its own).
// As root with apt-get, installs what is missing; otherwise stops with one line naming what to install.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const NEEDS = {
  chromium: [['/usr/bin/chromium', 'chromium']],
  firefox: [['/usr/bin/firefox-esr', 'firefox-esr']],
  webkit: [
    ['/usr/bin/WebKitWebDriver', 'webkit2gtk-driver'],
    ['/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', 'webkit2gtk-driver'],
    ['/usr/bin/xvfb-run', 'xvfb'],
  ],
  chromedriver: [['/usr/bin/chromedriver', 'chromium-driver']],
};

export function ensureBrowsers(names) {
  const missing = new Set();
  for (const name of names) for (const [file, pkg] of NEEDS[name] ?? []) if (!existsSync(file)) missing.add(pkg);
  if (missing.size === 0) return;
  const packages = [...missing].join(' ');
  const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (!canInstall) {
    console.error(`Missing browsers: run  apt-get install -y ${packages}  (as root), then try again.`);
    process.exit(1);
  }
  console.log(`Installing ${packages} with apt-get…`);
  try {
    execSync('apt-get update -qq', { stdio: 'inherit' });
    execSync(`DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${packages}`, { stdio: 'inherit' });
  } catch {
    console.error(`Could not install browsers: run  apt-get install -y ${packages}  (as root), then try again.`);
    process.exit(1);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) ensureBrowsers(process.argv.slice(2));
