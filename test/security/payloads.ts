/**
 * What an attacker (or a careless vendor) puts into the widget's inputs. Every payload that could run
 * sets `__pwned` (in its own frame, or `parent.__pwned` / `top.__pwned` from a nested one), so the
 * attack suite (attack.test.ts) sees execution even where nothing else would show it. Foreign hosts
 * are `evil.example`: a request to it is a request to another origin.
 *
 * Grouped for reading; the suite places all of them into every input.
 */

/** Markup: tags, event handlers and parser tricks that run script if parsed as HTML. */
export const MARKUP = [
  '<img src=x onerror=__pwned=1>',
  '<img src="x" onerror="__pwned=1">',
  '<IMG SRC=x OnErRoR=__pwned=1>',
  '<img/src=x/onerror=__pwned=1>',
  '<img src=x onerror=&#95;&#95;pwned=1>',
  '<svg onload=__pwned=1>',
  '<svg/onload=__pwned=1//',
  '<svg><script>__pwned=1</script></svg>',
  '<script>__pwned=1</script>',
  '</script><script>__pwned=1</script>',
  '</script><img src=x onerror=__pwned=1>',
  '<scr<script>ipt>__pwned=1</scr</script>ipt>',
  '<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>',
  '<iframe src="javascript:parent.__pwned=1"></iframe>',
  '<math><mtext><table><mglyph><style><img src=x onerror=__pwned=1>',
  '<math><maction actiontype="statusline" xlink:href="javascript:__pwned=1">x</maction></math>',
  '<template><script>__pwned=1</script></template><img src=x onerror=__pwned=1>',
  '<style>@import url(//evil.example/x.css);</style>',
  '<style>*{background:url(//evil.example/x.png)}</style>',
  '}</style><script>__pwned=1</script>',
  '<noscript><p title="</noscript><img src=x onerror=__pwned=1>">',
  '<details open ontoggle=__pwned=1>',
  '<body onload=__pwned=1>',
  '<input autofocus onfocus=__pwned=1>',
  '<video><source onerror=__pwned=1></video>',
  '<audio src=x onerror=__pwned=1>',
  '<object data="javascript:__pwned=1"></object>',
  '<embed src="javascript:__pwned=1">',
  '<a href="javascript:__pwned=1">click me</a>',
  '<form action="javascript:__pwned=1"><button>go</button></form>',
  '<meta http-equiv="refresh" content="0;url=javascript:__pwned=1">',
  '<base href="//evil.example/">',
  '<link rel=stylesheet href=//evil.example/x.css>',
  '<marquee onstart=__pwned=1>',
  '<!--<img src="--><img src=x onerror=__pwned=1>-->',
  '<![CDATA[<img src=x onerror=__pwned=1>]]>',
  '<x onclick=__pwned=1>click',
  '<a id=WalletHelp name=WalletHelp href=//evil.example>x</a>',
  '<form id=WalletHelp><input name=open></form>',
  '<?lit$1234$><!--?lit$1234$-->',
  '&lt;script&gt;__pwned=1&lt;/script&gt;',
  '%3Cscript%3E__pwned=1%3C/script%3E',
  '\uFEFF<script>__pwned=1</script>',
  '\u0000<script>__pwned=1</script>',
  '＜script＞__pwned=1＜/script＞',
];

/** Breaking out of an attribute, a JS string or a template. */
export const BREAKOUTS = [
  '"><img src=x onerror=__pwned=1>',
  "'><svg onload=__pwned=1>",
  '" onmouseover="__pwned=1',
  "' onfocus='__pwned=1' autofocus '",
  '" autofocus onfocus=__pwned=1 x="',
  "'-(__pwned=1)-'",
  '";__pwned=1;//',
  '\\";__pwned=1;//',
  '${__pwned=1}',
  '`${__pwned=1}`',
  '{{constructor.constructor("__pwned=1")()}}',
  '{query}{count}{done}{total}',
  '$` $\' $& $$ $1',
];

/** Links: script schemes in every disguise, and hosts that are not what they look like. */
export const URLS = [
  'javascript:__pwned=1',
  'JaVaScRiPt:__pwned=1',
  ' javascript:__pwned=1',
  'java\tscript:__pwned=1',
  'java\nscript:__pwned=1',
  'java\rscript:__pwned=1',
  '\u0001javascript:__pwned=1',
  'javascript&#58;__pwned=1',
  '&#106;avascript:__pwned=1',
  '&#x6A;&#x61;vascript:__pwned=1',
  'jav&#x09;ascript:__pwned=1',
  'javascript://%0a__pwned=1',
  'data:text/html,<script>parent.__pwned=1</script>',
  'data:text/html;base64,PHNjcmlwdD5wYXJlbnQuX19wd25lZD0xPC9zY3JpcHQ+',
  'DATA:text/html,<svg onload=parent.__pwned=1>',
  'vbscript:msgbox(1)',
  'VBScript:__pwned=1',
  '//evil.example/x',
  '\\\\evil.example\\x',
  '/\\evil.example',
  'https:evil.example/x',
  'https:/\\evil.example',
  'https://bank.example@evil.example/',
  'https://bank.example%2F@evil.example/',
  'http://evil.example',
  'mailto:a@evil.example?body=<script>__pwned=1</script>',
  'tel:+1<script>__pwned=1</script>',
  'file:///etc/passwd',
  'blob:https://evil.example/x',
  'about:blank#<script>__pwned=1</script>',
  'ｊａｖａｓｃｒｉｐｔ：__pwned=1',
];

/** CSS through `accent`: declarations, rules and resources smuggled into a colour. */
export const CSS = [
  'red;background:url(//evil.example/x.png)',
  'red}</style><script>__pwned=1</script>',
  'expression(__pwned=1)',
  'var(--x) url(//evil.example/x.png)',
  'var(--x, url(//evil.example/x.png))',
  'url(//evil.example/x.png)',
  'red; --_accent: url(//evil.example/x.png)',
  'rgb(0 0 0) /* */ ; behavior: url(//evil.example/x.htc)',
  'image-set("//evil.example/x.png" 1x)',
  '#f00\\;background:url(//evil.example/x.png)',
  '@import "//evil.example/x.css";',
];

/** Names that collide with Object.prototype, and other keys lookup tables trip on. */
export const KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf'];

/** Unicode: bidi overrides, zero-width characters, separators, lone surrogates. */
export const UNICODE = [
  '\u202Eexe.elif-efas',
  '\u2066safe\u2069\u202E1=denwp__',
  '\u200B\u200B\u200B',
  '\u200C\u200D\u2060\uFEFF',
  'line\u2028separator\u2029paragraph',
  'lone \uD800 surrogate',
  '\u0085\u000B\u000C\u001F control',
];

/** Large: one that fills a field well beyond any real text. */
export const LARGE = ['<'.repeat(300) + 'img src=x onerror=__pwned=1>'.repeat(20)];

/** Every payload, each once. */
export const PAYLOADS: readonly string[] = [...new Set([...MARKUP, ...BREAKOUTS, ...URLS, ...CSS, ...KEYS, ...UNICODE, ...LARGE])];

/**
 * The payloads a valid content pack can carry: the validator refuses a whole pack with a bidi control
 * or a text that shows nothing (issue 12, finding 8), so those reach the packs in the blank-question
 * case and the validator's own tests (test/content/invisible-text.test.ts), and every other input here.
 */
export const PACK_PAYLOADS: readonly string[] = PAYLOADS.filter(
  (payload) => !/[\u202A-\u202E\u2066-\u2069]/.test(payload) && /[^\s\u200B-\u200D\u2060\uFEFF]/.test(payload),
);
