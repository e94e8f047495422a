// tachometer imports "chromedriver" for its side effect: the driver's folder first on PATH.
// The driver is Debian's (chromium-driver), matching /usr/bin/chromium; nothing is downloaded.
import path from 'node:path';

export const driverPath = process.env.CHROMEDRIVER_PATH || '/usr/bin/chromedriver';
process.env.PATH = path.dirname(driverPath) + path.delimiter + process.env.PATH;

export default { path: driverPath };
