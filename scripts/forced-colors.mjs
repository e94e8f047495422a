// A test-runner command that turns Windows-style forced colours (high contrast) on and off in Chromium,
// through the DevTools protocol: Chromium then renders and computes styles as in forced colours, which
// @web/test-runner-commands' emulateMedia can't ask for outside Playwright. Other engines can't be
// asked: the command answers false there, and the test says it is skipped.
//   await executeServerCommand('forced-colors', { active: true })   → true where it took effect
export function forcedColorsCommand() {
  // A protocol session's emulation ends with it: one per page, kept open.
  const clients = new WeakMap();
  return {
    name: 'forced-colors-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'forced-colors') return undefined;
      if (session.browser.type !== 'puppeteer' || !/chrom/i.test(session.browser.name)) return false;
      const page = session.browser.getPage(session.id);
      // Puppeteer's emulateMediaFeatures knows no forced-colors; the protocol does.
      if (!clients.has(page)) clients.set(page, await page.createCDPSession());
      await clients.get(page).send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }] });
      return true;
    },
  };
}
