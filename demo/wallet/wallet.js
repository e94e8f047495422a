// 示例钱包 (Demo Wallet): the one script shared by every page of the mock wallet.
//
// Everything here is make-believe: no real money, no network, all state in this tab.
// The pages are served under a strict CSP with Trusted Types, so the DOM is built only with
// createElement / textContent / append / replaceChildren (innerHTML would be refused), and all
// behaviour is wired here with addEventListener (inline scripts and on*= attributes are blocked).
//
// Each page says which one it is with <body data-page="…">; init() runs that page's part.

const SETTINGS_KEY = 'demo-wallet:settings';
const SIGNED_IN_KEY = 'demo-wallet:signed-in';
const TRIES_KEY = 'demo-wallet:failed-tries';
const DEMO_PASSWORD = 'demo1234';
const MAX_TRIES = 3;

// Allowed values double as a guard: whatever is in localStorage, only these reach the widgets.
const SETTING_CHOICES = {
  theme: ['light', 'dark', 'auto'],
  lang: ['zh-CN', 'zh-TW', 'zh-HK', 'en'],
  placement: ['end', 'center', 'bottom'],
};
const DEFAULT_SETTINGS = { theme: 'light', accent: '#0b57d0', lang: 'zh-CN', placement: 'end' };

// What the wallet shows for each failure. The keys are the library's built-in error codes, so
// WalletHelp.open({ errorCode }) lands on the right topic without any errorMap.
const ERRORS = {
  invalid_credentials: {
    title: '账号或密码错误',
    en: 'Wrong account or password',
    message: '请检查账号和密码后重试。演示密码是 demo1234。',
  },
  account_locked: {
    title: '账户已锁定',
    en: 'Account locked',
    message: `连续 ${MAX_TRIES} 次密码错误，为保护你的资金，账户已被临时锁定。`,
  },
  network_error: {
    title: '网络错误，付款未完成',
    en: 'Network error during payment',
    message: '付款时网络连接中断。本次付款没有完成，钱款未被扣除。',
  },
  insufficient_funds: {
    title: '余额不足',
    en: 'Insufficient funds',
    message: '付款金额超过了可用余额。',
  },
  payee_unavailable: {
    title: '收款方不可用',
    en: 'Payee unavailable',
    message: '收款方账户暂时无法收款，请稍后再试或联系收款方。',
  },
  app_outdated: {
    title: '应用版本过旧',
    en: 'App outdated',
    message: '当前应用版本已不再支持付款，请更新到最新版本。',
  },
  suspicious_activity: {
    title: '检测到可疑登录',
    en: 'Suspicious login',
    message: '你的账户刚刚在一台陌生设备上登录。如果不是你本人操作，请立即修改密码。',
  },
};

// ---------------------------------------------------------------- small helpers

/** createElement with attributes and text/element children; strings become text nodes, never markup. */
function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/** "中文 (English)" as two nodes, so the English part carries lang="en" for screen readers. */
function bilingual(zh, en) {
  return [`${zh} `, el('span', { lang: 'en', class: 'en' }, `(${en})`)];
}

// Storage throws in sandboxed frames and some privacy modes; the demo must keep working anyway.
function readStore(store, key) {
  try {
    return store.getItem(key);
  } catch {
    return null;
  }
}
function writeStore(store, key, value) {
  try {
    if (value === null) store.removeItem(key);
    else store.setItem(key, value);
  } catch {
    /* in-memory only this time: nothing to do */
  }
}

const money = new Intl.NumberFormat('zh-CN', { style: 'currency', currency: 'CNY' });
/** Amounts are kept in fen (integer cents) so sums never pick up floating-point noise. */
const formatFen = (fen) => money.format(fen / 100);

// ---------------------------------------------------------------- the library, as a vendor wires it

function walletHelp() {
  // Both <script type="module"> tags run in document order, so the library has set this already;
  // the check only matters if dist/ was not built.
  return window.WalletHelp;
}

walletHelp()?.configure({
  support: {
    label: '示例钱包客服',
    phone: '+86 400-000-0000',
    email: 'support@wallet.example',
    url: 'https://wallet.example/help',
    hours: '每天 9:00–21:00',
  },
});

/** The Get help button: open the help panel on the topic for this error code. */
function getHelp(errorCode) {
  const api = walletHelp();
  if (api) api.open({ errorCode });
  else window.location.assign('help.html'); // library missing: the FAQ page is the next best thing
}

// ---------------------------------------------------------------- settings (theme, accent, language, placement)

function readSettings() {
  let saved = {};
  try {
    saved = JSON.parse(readStore(localStorage, SETTINGS_KEY) ?? '{}') ?? {};
  } catch {
    saved = {};
  }
  const settings = { ...DEFAULT_SETTINGS };
  for (const [name, choices] of Object.entries(SETTING_CHOICES)) {
    if (choices.includes(saved[name])) settings[name] = saved[name];
  }
  if (typeof saved.accent === 'string' && /^#[0-9a-f]{6}$/i.test(saved.accent)) settings.accent = saved.accent;
  return settings;
}

function saveSettings(settings) {
  writeStore(localStorage, SETTINGS_KEY, JSON.stringify(settings));
}

/**
 * Puts the settings on every wallet-* element of the page, as attributes. The language goes on the
 * widgets only: the page's own text stays Chinese, so <html lang> stays zh-CN.
 */
function applySettings(settings) {
  // Lets our own CSS give the widgets' stage a matching backdrop (see .stage in wallet.css).
  document.documentElement.dataset.widgetTheme = settings.theme;
  for (const widget of document.querySelectorAll('wallet-faq, wallet-checklist, wallet-help')) {
    widget.setAttribute('lang', settings.lang);
    widget.setAttribute('theme', settings.theme);
    widget.setAttribute('accent', settings.accent);
    if (widget.localName === 'wallet-help') widget.setAttribute('placement', settings.placement);
  }
}

// ---------------------------------------------------------------- error screen

let lastTrigger = null;

/**
 * Shows the error region for one error code: role="alert" so it is announced, a heading, the
 * message, and the Get help button that hands the code to the library.
 */
function showError(code, extra = '') {
  const info = ERRORS[code];
  const slot = document.getElementById('error-slot');
  if (!info || !slot) return;
  lastTrigger = document.activeElement instanceof HTMLElement ? document.activeElement : null;

  const help = el('button', { type: 'button', class: 'button primary', 'data-testid': 'get-help', 'data-error-code': code },
    ...bilingual('获取帮助', 'Get help'));
  help.addEventListener('click', () => getHelp(code));

  const dismiss = el('button', { type: 'button', class: 'button secondary', 'data-testid': 'dismiss-error' },
    ...bilingual('关闭', 'Dismiss'));
  dismiss.addEventListener('click', () => clearError(true));

  const region = el('section', {
    class: 'error-screen', role: 'alert', 'aria-labelledby': 'error-title',
    'data-testid': 'error-screen', 'data-error-code': code,
  },
  el('h2', { id: 'error-title', tabindex: '-1' }, ...bilingual(info.title, info.en)),
  el('p', {}, extra ? `${info.message}${extra}` : info.message),
  el('p', { class: 'error-code' }, `错误代码 (Error code): ${code}`),
  el('div', { class: 'button-row' }, help, dismiss));

  slot.replaceChildren(region);
  // The screen changed: keyboard and screen-reader users go to it (its heading), as an app's error
  // screen takes them; Tab then reaches Get help. On a phone this also brings it into view.
  region.querySelector('h2').focus();
}

function clearError(restoreFocus = false) {
  document.getElementById('error-slot')?.replaceChildren();
  // The Dismiss button just vanished with the region: put focus back where the user was.
  if (restoreFocus && lastTrigger?.isConnected && !lastTrigger.disabled) lastTrigger.focus();
}

// ---------------------------------------------------------------- header (signed-in state, sign out)

function initHeader() {
  const account = readStore(sessionStorage, SIGNED_IN_KEY);
  const signOut = document.querySelector('[data-testid="sign-out"]');
  if (!signOut) return;
  signOut.hidden = !account;
  signOut.addEventListener('click', () => {
    writeStore(sessionStorage, SIGNED_IN_KEY, null);
    window.location.assign('index.html');
  });
}

// ---------------------------------------------------------------- sign-in page

function failedTries() {
  return Number(readStore(sessionStorage, TRIES_KEY)) || 0;
}

function initSignIn() {
  const form = document.getElementById('sign-in-form');
  const fields = form.querySelector('fieldset');
  const account = form.elements.namedItem('account');
  const password = form.elements.namedItem('password');

  const lock = (locked) => {
    fields.disabled = locked;
  };

  // A reload must not unlock the account: the count lives in sessionStorage.
  if (failedTries() >= MAX_TRIES) {
    lock(true);
    showError('account_locked');
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault(); // no server: we decide here
    if (failedTries() >= MAX_TRIES) {
      showError('account_locked');
      return;
    }
    if (password.value === DEMO_PASSWORD) {
      writeStore(sessionStorage, SIGNED_IN_KEY, account.value.trim());
      writeStore(sessionStorage, TRIES_KEY, null);
      window.location.assign('home.html');
      return;
    }
    const tries = failedTries() + 1;
    writeStore(sessionStorage, TRIES_KEY, String(tries));
    password.value = '';
    if (tries >= MAX_TRIES) {
      lock(true);
      showError('account_locked');
    } else {
      showError('invalid_credentials', `你还可以再试 ${MAX_TRIES - tries} 次。`);
    }
  });

  // Lets a tester (or an end-to-end test) start over without clearing the browser's storage.
  document.querySelector('[data-testid="reset-demo"]').addEventListener('click', () => {
    writeStore(sessionStorage, TRIES_KEY, null);
    lock(false);
    clearError();
    password.value = '';
    account.focus();
  });
}

// ---------------------------------------------------------------- home page

function initHome() {
  // In-memory only: a reload starts the demo account over.
  let balance = 128050; // fen: ¥1,280.50
  const transactions = [
    { payee: '城市咖啡馆', date: '2024-06-18', fen: -3200 },
    { payee: '工资入账', date: '2024-06-15', fen: 850000 },
    { payee: '地铁出行', date: '2024-06-14', fen: -400 },
    { payee: '网上书店', date: '2024-06-12', fen: -8990 },
    { payee: '张三（转账）', date: '2024-06-10', fen: -20000 },
  ];

  const balanceOut = document.getElementById('balance');
  const list = document.getElementById('transactions');
  const status = document.getElementById('send-status');
  const form = document.getElementById('send-form');

  const account = readStore(sessionStorage, SIGNED_IN_KEY);
  document.getElementById('greeting').textContent = account
    ? `你好，${account}！`
    : '你还没有登录，正在以访客身份浏览演示。(Browsing as a guest.)';

  function render() {
    balanceOut.textContent = formatFen(balance);
    list.replaceChildren(...transactions.map(({ payee, date, fen }) => el('li', { class: 'tx' },
      el('span', { class: 'tx-payee' }, payee),
      el('time', { class: 'tx-date', datetime: date }, date),
      el('span', { class: fen < 0 ? 'tx-amount out' : 'tx-amount in' }, `${fen < 0 ? '−' : '+'}${formatFen(Math.abs(fen))}`))));
  }

  // The browser checks "required" and "min" before submit fires; we add the balance check.
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const payee = form.elements.namedItem('payee').value.trim();
    const fen = Math.round(Number(form.elements.namedItem('amount').value) * 100);
    status.textContent = '';
    if (!payee || !(fen > 0)) return;
    if (fen > balance) {
      showError('insufficient_funds', `本次 ${formatFen(fen)}，可用 ${formatFen(balance)}。`);
      return;
    }
    clearError();
    balance -= fen;
    transactions.unshift({ payee, date: new Date().toISOString().slice(0, 10), fen: -fen });
    render();
    status.textContent = `已向 ${payee} 转账 ${formatFen(fen)}。(Sent.)`;
    form.reset();
  });

  for (const button of document.querySelectorAll('[data-simulate]')) {
    button.addEventListener('click', () => {
      status.textContent = '';
      showError(button.dataset.simulate);
    });
  }

  render();
}

// ---------------------------------------------------------------- settings page

function initSettings() {
  const form = document.getElementById('settings-form');
  const fields = ['theme', 'accent', 'lang', 'placement'];

  const fill = (settings) => {
    for (const name of fields) form.elements.namedItem(name).value = settings[name];
  };
  const update = () => {
    const settings = Object.fromEntries(fields.map((name) => [name, form.elements.namedItem(name).value]));
    saveSettings(settings);
    applySettings(readSettings()); // read back: the same validation as every other page
  };

  fill(readSettings());
  // "input" fires while the colour picker moves, so the widgets follow the pointer live.
  form.addEventListener('input', update);
  form.addEventListener('change', update);
  form.addEventListener('submit', (event) => event.preventDefault());

  document.querySelector('[data-testid="settings-reset"]').addEventListener('click', () => {
    fill(DEFAULT_SETTINGS);
    update();
  });
  // The panel's placement only shows when it is open: a button to look at it.
  document.querySelector('[data-testid="open-help-preview"]').addEventListener('click', () => {
    walletHelp()?.open({});
  });
}

// ---------------------------------------------------------------- start

const PAGES = { 'sign-in': initSignIn, home: initHome, settings: initSettings };

applySettings(readSettings());
initHeader();
PAGES[document.body.dataset.page]?.();
