import { expect } from '@open-wc/testing';
import { define } from '../../src/shared/define.js';
import { VERSION } from '../../src/shared/version.js';
import { captureConsole } from '../support/console.js';

let counter = 0;
const uniqueTag = () => `ml-define-test-${++counter}-${Math.random().toString(36).slice(2, 7)}`;
const versioned = (version: string) =>
  class extends HTMLElement {
    static version = version;
  };

describe('shared: define', () => {
  it('defines a tag once and is silent when the same version defines it again', () => {
    const tag = uniqueTag();
    const First = versioned(VERSION);
    const log = captureConsole('warn');
    try {
      define(tag, First);
      define(tag, versioned(VERSION));
    } finally {
      log.restore();
    }
    expect(customElements.get(tag)).to.equal(First);
    expect(log.calls).to.have.length(0);
  });

  it('warns once, naming both versions, when another version defines the tag; the first stays', () => {
    const tag = uniqueTag();
    const First = versioned('0.0.9');
    define(tag, First, '0.0.9');
    const log = captureConsole('warn');
    try {
      define(tag, versioned('0.2.0'), '0.2.0');
      define(tag, versioned('0.2.0'), '0.2.0');
    } finally {
      log.restore();
    }
    expect(customElements.get(tag)).to.equal(First);
    expect(log.calls).to.have.length(1);
    expect(log.text()).to.contain('0.0.9').and.contain('0.2.0').and.contain(`<${tag}>`);
  });

  it('does not throw when a class is already registered under another tag', () => {
    const Shared = versioned(VERSION);
    define(uniqueTag(), Shared);
    const tag = uniqueTag();
    const log = captureConsole('warn');
    try {
      expect(() => define(tag, Shared)).not.to.throw();
    } finally {
      log.restore();
    }
    expect(customElements.get(tag)).to.equal(undefined);
    expect(log.text()).to.contain(`could not define <${tag}>`);
  });
});
