import { expect } from '@open-wc/testing';
import { defineElement } from '../../src/internal/define.js';
import { VERSION } from '../../src/version.js';
import { recordConsole } from '../helpers/console.js';

let counter = 0;
const freshTag = () => `x-define-test-${(counter += 1)}`;
const versioned = (version: string) =>
  class extends HTMLElement {
    static version = version;
  };

describe('defineElement', () => {
  let warnings: ReturnType<typeof recordConsole>;
  beforeEach(() => (warnings = recordConsole('warn')));
  afterEach(() => warnings.restore());

  it('defines a free tag', () => {
    const tag = freshTag();
    const ctor = versioned(VERSION);
    defineElement(tag, ctor);
    expect(customElements.get(tag)).to.equal(ctor);
    expect(warnings.messages).to.deep.equal([]);
  });

  it('does nothing when the same version is loaded a second time', () => {
    const tag = freshTag();
    const first = versioned(VERSION);
    defineElement(tag, first);
    expect(() => defineElement(tag, versioned(VERSION))).to.not.throw();
    expect(() => defineElement(tag, first)).to.not.throw();
    expect(customElements.get(tag)).to.equal(first);
    expect(warnings.messages).to.deep.equal([]);
  });

  it('keeps another version and warns once, naming both versions', () => {
    const tag = freshTag();
    const older = versioned('0.0.1');
    customElements.define(tag, older);
    for (let attempt = 0; attempt < 3; attempt += 1) {
      expect(() => defineElement(tag, versioned(VERSION))).to.not.throw();
    }
    expect(customElements.get(tag)).to.equal(older);
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.include('0.0.1').and.include(VERSION).and.include(`<${tag}>`);
  });

  it('keeps a class from another library and warns once', () => {
    const tag = freshTag();
    const foreign = class extends HTMLElement {};
    customElements.define(tag, foreign);
    defineElement(tag, versioned(VERSION));
    defineElement(tag, versioned(VERSION));
    expect(customElements.get(tag)).to.equal(foreign);
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.include('not wallet-help');
  });

  it('never throws, even for a name the registry refuses', () => {
    expect(() => defineElement('notvalid', versioned(VERSION))).to.not.throw();
    const ctor = versioned(VERSION);
    defineElement(freshTag(), ctor);
    // The same class under a second name is refused by the registry.
    expect(() => defineElement(freshTag(), ctor)).to.not.throw();
    expect(warnings.messages).to.have.length(2);
  });
});
