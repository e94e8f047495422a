// In forced colours (Windows high contrast) the system replaces every colour of the page: a control
// drawn by its background alone disappears, a border of `0` or an `outline: none` leaves nothing. Here
// Chromium renders in forced colours (scripts/forced-colors.mjs) and a keyboard user tabs through the
// FAQ, the checklist, the launcher and the open panel: each control has a visible boundary and a
// visible focus ring, and the panel has an edge against the page. Firefox and WebKit can't be asked
// to force colours from a test, so there it is skipped.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../../src/components/wallet-help/wallet-help.js';
import '../../src/components/wallet-faq/wallet-faq.js';
import '../../src/components/wallet-checklist/wallet-checklist.js';
import type { WalletHelp } from '../../src/components/wallet-help/wallet-help.js';

/** The element focus is in, through shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** What a system colour keyword is forced to, as computed. */
function systemColor(keyword: string): string {
  const probe = document.createElement('i');
  probe.style.color = keyword;
  document.body.append(probe);
  const color = getComputedStyle(probe).color;
  probe.remove();
  return color;
}

const visible = (style: CSSStyleDeclaration, side: 'Top' | 'Right' | 'Bottom' | 'Left') =>
  style.getPropertyValue(`border-${side.toLowerCase()}-style`) !== 'none' &&
  parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`)) >= 1 &&
  !/rgba\(.*, 0\)$/.test(style.getPropertyValue(`border-${side.toLowerCase()}-color`));

/**
 * How `control` is told from what is around it: its own border on every side, or, for a row of a
 * list (a question, a topic), the lines of its list around it.
 */
function boundaryOf(control: Element): string {
  const own = getComputedStyle(control);
  const sides = (['Top', 'Right', 'Bottom', 'Left'] as const).filter((side) => visible(own, side));
  if (sides.length === 4) return 'a border';
  if (control.matches('input[type="checkbox"]')) return 'its native box';
  const row = control.closest('[part~="item"], li');
  const list = row?.parentElement;
  if (row && list) {
    // A line on the row, on its control, or on the row before (after) it; the list's own edge at its ends.
    const line = (element: Element | null, side: 'Top' | 'Bottom') =>
      !!element && [element, element.firstElementChild].some((each) => each && visible(getComputedStyle(each), side));
    const listEdge = (side: 'Top' | 'Bottom') => visible(getComputedStyle(list.closest('[part~="base"], ul')!), side);
    const above = line(row, 'Top') || visible(own, 'Top') || line(row.previousElementSibling, 'Bottom') || (!row.previousElementSibling && (listEdge('Top') || list.localName === 'ul'));
    const below = line(row, 'Bottom') || visible(own, 'Bottom') || line(row.nextElementSibling, 'Top') || (!row.nextElementSibling && listEdge('Bottom'));
    if (above && below) return 'the lines of its list';
  }
  return `nothing (${own.borderTopStyle} ${own.borderTopWidth} ${own.borderTopColor})`;
}

describe('in forced colours (Windows high contrast)', () => {
  before(async function () {
    if (!(await executeServerCommand('forced-colors', { active: true }))) this.skip();
  });
  after(() => executeServerCommand('forced-colors', { active: false }));

  /** Tabs through everything from the start of the page, keeping what each focused control shows. */
  async function tabThrough(limit: number): Promise<Array<{ control: Element; boundary: string; ring: string }>> {
    const seen: Array<{ control: Element; boundary: string; ring: string }> = [];
    for (let step = 0; step < limit; step++) {
      await sendKeys({ press: 'Tab' });
      const control = deepActive();
      if (!control || control === document.body || seen.some((entry) => entry.control === control)) break;
      const style = getComputedStyle(control);
      seen.push({ control, boundary: boundaryOf(control), ring: `${style.outlineStyle} ${parseFloat(style.outlineWidth) >= 2 ? '≥2px' : style.outlineWidth} ${style.outlineColor}` });
    }
    return seen;
  }

  const describeControl = (control: Element) =>
    `${control.getRootNode() instanceof ShadowRoot ? (control.getRootNode() as ShadowRoot).host.localName : ''} ${control.localName}${control.getAttribute('part') ? `[part=${control.getAttribute('part')}]` : ''} "${(control.textContent ?? '').trim().slice(0, 20)}"`;

  it('keeps a boundary and a focus ring on every control of the FAQ, the checklist and the launcher', async () => {
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    await fixture(html`<div>
      <wallet-faq searchable expand="first" topics="login-failed,account-locked" lang="en"></wallet-faq>
      <wallet-checklist topic="login-failed" lang="en"></wallet-checklist>
      <wallet-help lang="en"></wallet-help>
    </div>`);
    const faq = document.querySelector('wallet-faq')!;
    (faq as unknown as { query: string }).query = 'password';
    await (faq as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const highlight = systemColor('Highlight');
    const controls = await tabThrough(40);
    expect(controls.length, 'controls reached with Tab').to.be.at.least(8);
    const wrong = controls
      .filter(({ boundary, ring }) => boundary.startsWith('nothing') || ring !== `solid ≥2px ${highlight}`)
      .map(({ control, boundary, ring }) => `${describeControl(control)}: boundary ${boundary}, focus ring ${ring}`);
    expect(wrong).to.deep.equal([]);
    // States: the open question's chevron, the words search found.
    const root = faq.shadowRoot!;
    const chevron = getComputedStyle(root.querySelector('[aria-expanded="true"] [part~="icon"]')!);
    expect([chevron.borderBottomStyle, chevron.borderBottomColor]).to.deep.equal(['solid', systemColor('CanvasText')]);
    const mark = getComputedStyle(root.querySelector('mark')!);
    expect(mark.backgroundColor, 'a found word stands out from the text around it').to.not.equal(getComputedStyle(root.querySelector('[part~="base"]')!).backgroundColor);
  });

  it('gives the open panel an edge against the page, and every control in it a boundary and a focus ring', async () => {
    const help = await fixture<WalletHelp>(html`<wallet-help lang="en"></wallet-help>`);
    help.show('transaction-failed');
    await waitUntil(() => help.shadowRoot!.querySelector('dialog')?.open, 'the panel open');
    await help.updateComplete;
    const dialog = help.shadowRoot!.querySelector('dialog')!;
    const edge = getComputedStyle(dialog);
    const background = edge.backgroundColor;
    expect([edge.outlineStyle, parseFloat(edge.outlineWidth) >= 1]).to.deep.equal(['solid', true]);
    expect(edge.outlineColor).to.not.equal(background);
    expect(edge.outlineColor).to.not.match(/rgba\(.*, 0\)$/);
    const highlight = systemColor('Highlight');
    const controls = await tabThrough(40);
    expect(controls.length, 'controls reached with Tab in the panel').to.be.at.least(6);
    console.log(controls.map(({ control, boundary }) => `${describeControl(control)} → ${boundary}`).join("\n"));
    const wrong = controls
      .filter(({ boundary, ring }) => boundary.startsWith('nothing') || ring !== `solid ≥2px ${highlight}`)
      .map(({ control, boundary, ring }) => `${describeControl(control)}: boundary ${boundary}, focus ring ${ring}`);
    expect(wrong).to.deep.equal([]);
    help.hide();
  });
});
