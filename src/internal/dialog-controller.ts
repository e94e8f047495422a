/**
 * A modal `<dialog>` in the element's shadow root, shown while the element's `open` is true: the page
 * behind it stops scrolling, focus goes back where it was when it closes, and the browser's own ways
 * of closing a dialog (Escape's `cancel`, a close request) are left to the element to decide.
 */
import type { ReactiveController } from 'lit';
import { lockPageScroll, unlockPageScroll } from './scroll-lock.js';
import type { WalletHelpElement } from './wallet-help-element.js';

type DialogHost = WalletHelpElement & { open: boolean };

/** The element that has focus, looking into shadow roots: where focus goes back to on close. */
function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : null;
}

export class DialogController implements ReactiveController {
  #host: DialogHost;
  /** Whether the dialog is on screen (or closing): render it while this or the host's `open` is true. */
  shown = false;
  #returnFocus: HTMLElement | null = null;
  #onShown: () => void;

  /** `onShown`: the dialog is on screen (give focus inside). Closed, it fires `wallet-help-close` from the host. */
  constructor(host: DialogHost, onShown: () => void) {
    this.#host = host;
    this.#onShown = onShown;
    host.addController(this);
  }

  hostUpdated(): void {
    const host = this.#host;
    const dialog = host.renderRoot.querySelector('dialog');
    if (host.open && dialog && !dialog.open) {
      // Still the opener's: rendering the dialog moved no focus.
      this.#returnFocus = deepActiveElement();
      lockPageScroll();
      dialog.showModal();
      this.shown = true;
      this.#onShown();
    } else if (!host.open && this.shown) {
      this.shown = false;
      dialog?.close();
      unlockPageScroll();
      // Then out of the DOM: a closed dialog holds no nodes, and the next open renders afresh.
      host.requestUpdate();
      const target = this.#returnFocus;
      this.#returnFocus = null;
      if (target?.isConnected) target.focus({ preventScroll: true });
      host.emit('wallet-help-close', {});
    }
  }

  hostDisconnected(): void {
    this.#host.open = false;
    if (this.shown) unlockPageScroll();
  }

  /** The dialog's `cancel` (Escape, and some browsers send only that): closing is the host's to decide. */
  cancel = (event: Event): void => event.preventDefault();

  /**
   * The dialog's `close`: closed by other means (the browser's own close request), `open` follows.
   * A `close` queued by an earlier dialog must not shut one opened again since (the closed one left the DOM).
   */
  close = (event: Event): void => {
    const dialog = event.target as HTMLDialogElement;
    const host = this.#host;
    if (host.open && !dialog.open && dialog === host.renderRoot.querySelector('dialog')) host.open = false;
  };
}
