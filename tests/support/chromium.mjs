// The browser the tests drive and the fonts it draws with. Playwright cannot
// download its own browser here, so tests use Debian's Chromium. Anything a test
// measures about text (whether a choice fits a small screen, whether every letter
// has a glyph) depends on the installed fonts, so the tests install the same ones
// on every machine instead of measuring whatever a machine happens to have.
// On a Debian machine run as root, what is missing is installed with apt;
// anywhere else it says exactly what to install.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const candidates = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];

/**
 * Debian packages and what they give the tests. The families are named in the
 * stylesheet after the system fonts, so a phone with its own fonts keeps them.
 */
const fontPackages = [
  // Noto Sans: Latin with every Polish letter. Noto Nastaliq Urdu: Urdu's own
  // letters (ہ ے ں ٹ …) in the Nastaliq style Urdu readers expect.
  { name: 'fonts-noto-core', families: ['Noto Sans', 'Noto Nastaliq Urdu'] },
  { name: 'fonts-noto-color-emoji', families: ['Noto Color Emoji'] },
];

export function findChromium() {
  return candidates.find((path) => path && existsSync(path));
}

function installedFamilies() {
  try {
    return new Set(
      execFileSync('fc-list', ['-f', '%{family}\n'], { encoding: 'utf8' }).split(/[\n,]/),
    );
  } catch {
    return null; // no fontconfig: it comes with the font packages
  }
}

/** What the browser tests need that this machine lacks, as Debian package names. */
function missingPackages() {
  const missing = [];
  if (!findChromium()) missing.push('chromium');
  const families = installedFamilies();
  if (!families) missing.push('fontconfig');
  for (const pkg of fontPackages) {
    if (!families || pkg.families.some((family) => !families.has(family))) missing.push(pkg.name);
  }
  return missing;
}

/** Installs Debian packages when this is a Debian machine and we are root. */
function aptInstall(packages) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!packages.length || !isRoot || !existsSync('/usr/bin/apt-get')) return false;
  console.log(`Installing Debian packages the tests need: ${packages.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', ...packages], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env,
  });
  return true;
}

/** The Chromium to launch, once it and the fonts the tests assume are installed. */
export function ensureChromium() {
  const missing = missingPackages();
  if (missing.length) aptInstall(missing);
  const still = missingPackages();
  if (still.length) {
    throw new Error(
      `The browser tests need these Debian packages: ${still.join(' ')}\n` +
        `  Debian/Ubuntu: sudo apt-get install ${still.join(' ')}\n` +
        '  (or set CHROMIUM_PATH=/path/to/chromium and install the fonts named in tests/support/chromium.mjs)',
    );
  }
  return findChromium();
}

/** Flags for a sandboxed, offline machine: no background calls to Google. */
export const chromiumArgs = [
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(ensureChromium());
}
