// A network of their own for test pages: a page loaded through /net/<key>/<path> gets <path> as the
// dev server has it, until its test switches that key's network with a request to
// /net-control/<key>/<state>:
//   offline             every request is cut (the connection is dropped, as when a phone loses signal);
//   entry-only          a CDN holding only the first file (wallet-help.js or .iife.js): dist/'s other files are 404s;
//   entry-then-offline  the page and the first file arrive, then the signal goes: dist/'s other files are cut;
//   online              served again.
// It works the same in every engine and driver, unlike the browsers' own offline switches.
const STATES = ['online', 'offline', 'entry-only', 'entry-then-offline'];
const states = new Map();
const FIRST_FILE = /\/wallet-help\.(iife\.)?js$/;

export function networkSwitch(context, next) {
  const control = /^\/net-control\/([\w-]+)\/([\w-]+)$/.exec(context.path);
  if (control && STATES.includes(control[2])) {
    states.set(control[1], control[2]);
    context.set('Cache-Control', 'no-store');
    context.body = control[2];
    return undefined;
  }
  const routed = /^\/net\/([\w-]+)(\/.*)$/.exec(context.path);
  if (!routed) return next();
  const [, key, path] = routed;
  const state = states.get(key) ?? 'online';
  const afterFirstFile = path.startsWith('/dist/') && !FIRST_FILE.test(path);
  if (state === 'offline' || (state === 'entry-then-offline' && afterFirstFile)) {
    context.respond = false;
    context.req.socket.destroy();
    return undefined;
  }
  if (state === 'entry-only' && afterFirstFile) {
    context.status = 404;
    return undefined;
  }
  context.url = path + (context.querystring ? `?${context.querystring}` : '');
  context.set('Cache-Control', 'no-store');
  return next();
}
