import { expect } from '@open-wc/testing';
import zhJson from '../../content/zh-CN.json';
import enJson from '../../content/en.json';
import type { ContentPack } from '../../src/content/types.js';
import { errorCodeTable, topicForErrorCode } from '../../src/content/error-codes.js';

const zh = zhJson as ContentPack;
const en = enJson as ContentPack;

describe('topicForErrorCode', () => {
  it('finds the topic that explains a generic error code', () => {
    expect(topicForErrorCode(zh, 'invalid_credentials')).to.equal('login-failed');
    expect(topicForErrorCode(zh, 'insufficient_funds')).to.equal('transaction-failed');
    expect(topicForErrorCode(zh, 'too_many_attempts')).to.equal('account-locked');
    expect(topicForErrorCode(zh, 'new_device_login')).to.equal('security');
    expect(topicForErrorCode(zh, 'app_crash')).to.equal('update-issues');
    expect(topicForErrorCode(zh, 'service_unresolved')).to.equal('complaint');
  });

  it('ignores case and surrounding spaces', () => {
    expect(topicForErrorCode(zh, '  PAYMENT_FAILED ')).to.equal('transaction-failed');
    expect(topicForErrorCode(en, 'Account_Locked')).to.equal('account-locked');
  });

  it('finds nothing for an unknown or empty code', () => {
    expect(topicForErrorCode(zh, 'E_UNKNOWN_42')).to.equal(undefined);
    expect(topicForErrorCode(zh, '')).to.equal(undefined);
    expect(topicForErrorCode(zh, '   ')).to.equal(undefined);
    expect(topicForErrorCode(zh, undefined as unknown as string)).to.equal(undefined);
  });

  it('uses the vendor’s own codes', () => {
    const vendorMap = { 'E-1042': 'account-locked', PAY_DECLINED: 'transaction-failed' };
    expect(topicForErrorCode(zh, 'e-1042', vendorMap)).to.equal('account-locked');
    expect(topicForErrorCode(zh, ' pay_declined', vendorMap)).to.equal('transaction-failed');
  });

  it('lets the vendor’s map override the built-in mapping', () => {
    expect(topicForErrorCode(zh, 'timeout', { TIMEOUT: 'login-failed' })).to.equal('login-failed');
  });

  it('falls back to the built-in mapping when the vendor names a topic the pack lacks', () => {
    expect(topicForErrorCode(zh, 'timeout', { timeout: 'no-such-topic' })).to.equal('transaction-failed');
    expect(topicForErrorCode(zh, 'E-9', { 'E-9': 'no-such-topic' })).to.equal(undefined);
  });

  it('still uses the built-in codes for anything the vendor does not map', () => {
    expect(topicForErrorCode(zh, 'app_outdated', { 'E-1042': 'account-locked' })).to.equal('update-issues');
  });

  it('gives the same topic in every language', () => {
    for (const { code, topic } of errorCodeTable(zh)) expect(topicForErrorCode(en, code), code).to.equal(topic);
  });
});

describe('errorCodeTable', () => {
  it('lists every mapped code with its topic, in the guide’s order', () => {
    const table = errorCodeTable(zh);
    expect(table).to.have.length(20);
    expect(table[0]).to.deep.equal({ code: 'invalid_credentials', topic: 'login-failed' });
    expect(table[table.length - 1]).to.deep.equal({ code: 'service_unresolved', topic: 'complaint' });
    const topicOrder = [...new Set(table.map((row) => row.topic))];
    expect(topicOrder).to.deep.equal(zh.topics.map((topic) => topic.id));
  });

  it('lists each code once', () => {
    const codes = errorCodeTable(zh).map((row) => row.code);
    expect(new Set(codes).size).to.equal(codes.length);
  });
});
