// Siblings: the files loaded after the first. However their loading fails, nothing reaches the
// page but one console message; they are tried again when the browser is back online.
import { expect, waitUntil } from '@open-wc/testing';
import { loadAtIdle, retryFailed, Sibling } from '../../src/internal/siblings.js';
import { captureConsole } from '../helpers/console.js';

/** An importer that fails until `online` is set, counting its calls. */
function flakyImport<T>(module: T) {
  const state = { online: false, calls: 0 };
  const load = () => {
    state.calls += 1;
    return state.online ? Promise.resolve(module) : Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
  };
  return { state, load };
}

describe('siblings (files loaded after the first)', () => {
  afterEach(() => retryFailed());

  it('loads a module once and hands it to whoever waits', async () => {
    const { state, load } = flakyImport({ answer: 42 });
    state.online = true;
    const sibling = new Sibling('wallet-help.test-a.js', 'nothing', load);
    const heard: number[] = [];
    sibling.whenLoaded((module) => heard.push(module.answer));
    const [a, b] = await Promise.all([sibling.load(), sibling.load()]);
    expect(a).to.equal(b);
    expect(sibling.get()?.answer).to.equal(42);
    expect(state.calls).to.equal(1);
    sibling.whenLoaded((module) => heard.push(module.answer + 1));
    expect(heard).to.deep.equal([42, 43]);
  });

  it('resolves to undefined instead of rejecting, and names what failed together in one console error', async () => {
    const search = flakyImport({});
    const english = flakyImport({});
    const { messages: errors } = await captureConsole('error', async () => {
      const results = await Promise.all([
        new Sibling('wallet-help.test-search.js', 'search is plain', search.load).load(),
        new Sibling('wallet-help.test-en.js', 'English shows Chinese', english.load).load(),
      ]);
      expect(results).to.deep.equal([undefined, undefined]);
    });
    expect(errors).to.have.length(1);
    expect(errors[0]).to.include('test-search').and.include('test-en');
    expect(errors[0]).to.include('search is plain').and.include('English shows Chinese');
    search.state.online = english.state.online = true;
  });

  it('is tried again when the browser is back online, and then reaches whoever waited', async () => {
    const { state, load } = flakyImport({ ok: true });
    const sibling = new Sibling('wallet-help.test-b.js', 'nothing', load);
    let heard = false;
    sibling.whenLoaded(() => (heard = true));
    const { messages: errors } = await captureConsole('error', async () => {
      expect(await sibling.load()).to.equal(undefined);
      // Asked again at once (a render, a search): no new request while the failure is fresh.
      expect(await sibling.load()).to.equal(undefined);
      expect(state.calls).to.equal(1);
      state.online = true;
      window.dispatchEvent(new Event('online'));
      await waitUntil(() => heard, 'the module after the online event');
    });
    expect(errors, 'one message, not one per try').to.have.length(1);
    expect(sibling.get()).to.deep.equal({ ok: true });
    expect(state.calls).to.equal(2);
  });

  it('says nothing again when a retry fails too', async () => {
    const { state, load } = flakyImport({});
    const sibling = new Sibling('wallet-help.test-c.js', 'nothing', load);
    const { messages: errors } = await captureConsole('error', async () => {
      await sibling.load();
      await sibling.load(true);
      await sibling.load(true);
    });
    expect(state.calls).to.equal(3);
    expect(errors).to.have.length(1);
    state.online = true;
  });

  it('keeps its promise when whoever waits throws', async () => {
    const { state, load } = flakyImport({});
    state.online = true;
    const sibling = new Sibling('wallet-help.test-e.js', 'nothing', load, () => {
      throw new Error('a broken arrival');
    });
    let after = false;
    sibling.whenLoaded(() => {
      throw new Error('a broken listener');
    });
    sibling.whenLoaded(() => (after = true));
    const { messages: errors } = await captureConsole('error', async () => {
      expect(await sibling.load()).to.deep.equal({});
    });
    expect(after, 'the next listener still hears').to.equal(true);
    expect(errors).to.have.length(2);
    expect(errors[0]).to.include('wallet-help.test-e.js');
  });

  it('loads at idle what is asked for before, once each', async () => {
    const { state, load } = flakyImport({});
    state.online = true;
    const sibling = new Sibling('wallet-help.test-d.js', 'nothing', load);
    loadAtIdle([sibling]);
    loadAtIdle([sibling]);
    expect(state.calls, 'not before idle').to.equal(0);
    await waitUntil(() => sibling.get(), 'loaded at idle', { timeout: 5000 });
    expect(state.calls).to.equal(1);
  });
});
