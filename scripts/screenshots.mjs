// Screenshots against committed baselines, shared by e2e.mjs and host-pages.mjs: pixelmatch, at most
// 0.5% of pixels may differ (antialiasing noise); UPDATE_BASELINES=1 writes the baselines instead.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

const UPDATE = process.env.UPDATE_BASELINES === '1';
const MAX_DIFFERENT = 0.005;

/**
 * Compares `png` with `<baselines>/<engine>/<name>.png`, keeping it (and a `.diff.png` when it differs)
 * under `<actual>/<engine>/`. Throws what differs; `missing(file)` makes the error for a missing baseline.
 */
export function matchBaseline({ baselines, actual, engine, name, png, missing }) {
  const baseline = path.join(baselines, engine, `${name}.png`);
  mkdirSync(path.join(actual, engine), { recursive: true });
  writeFileSync(path.join(actual, engine, `${name}.png`), png);
  if (UPDATE) {
    mkdirSync(path.dirname(baseline), { recursive: true });
    writeFileSync(baseline, png);
    return;
  }
  if (!existsSync(baseline)) throw missing(baseline);
  const expected = PNG.sync.read(readFileSync(baseline));
  const shot = PNG.sync.read(png);
  if (expected.width !== shot.width || expected.height !== shot.height) {
    throw new Error(`size ${shot.width}×${shot.height}, baseline ${expected.width}×${expected.height}`);
  }
  const diff = new PNG({ width: shot.width, height: shot.height });
  const different = pixelmatch(expected.data, shot.data, diff.data, shot.width, shot.height, { threshold: 0.1 });
  const share = different / (shot.width * shot.height);
  if (share > MAX_DIFFERENT) {
    const diffFile = path.join(actual, engine, `${name}.diff.png`);
    writeFileSync(diffFile, PNG.sync.write(diff));
    throw new Error(`${(share * 100).toFixed(2)}% of pixels differ (max ${MAX_DIFFERENT * 100}%): see ${diffFile}`);
  }
}
