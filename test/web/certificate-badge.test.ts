// A product's current certificate as lists show it, in both languages: former stars
// said in words beside the struck-through stars (and in the stars' own label), the
// state in words with its last valid day as dd/mm/yyyy, and "no certificate" in
// words where there is none — never a bare dash or an id.
import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { createElement, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import {
  CertificateStars,
  CertificateStateBadge,
  type CurrentCertificateView,
} from '../../src/web/components/ui/certificate-badge.tsx';
import { I18nProvider } from '../../src/web/lib/i18n.tsx';

function render(lang: 'vi' | 'en', node: ReactNode) {
  (globalThis as { localStorage?: unknown }).localStorage = { getItem: () => lang, setItem: () => {} };
  const html = renderToStaticMarkup(createElement(I18nProvider, null, node));
  return {
    html,
    text: html
      .replace(/<[^>]+>/g, ' ')
      .replace(/<!-- -->/g, '')
      .replace(/\s+/g, ' ')
      .trim(),
  };
}
afterEach(() => {
  delete (globalThis as { localStorage?: unknown }).localStorage;
});

const expired: CurrentCertificateView = {
  id: '5b0c3f4e-9a41-4c55-9b1e-1f1a0d9f3a11',
  stars: 3,
  state: 'expired',
  validUntil: '2025-06-27',
  mayCarryMark: false,
};
const inForce: CurrentCertificateView = { ...expired, state: 'renewalWindowOpen', mayCarryMark: true };

describe('the current certificate in a list', () => {
  it('shows an ended certificate’s stars as former, in words as well as by a line', () => {
    const vi = render('vi', createElement(CertificateStars, { certificate: expired }));
    assert.match(vi.html, /role="img" aria-label="trước đây 3 sao"/);
    assert.match(vi.text, /★★★ \(trước đây\)/);
    const en = render('en', createElement(CertificateStars, { certificate: expired }));
    assert.match(en.html, /aria-label="formerly 3 stars"/);
    assert.match(en.text, /\(former\)/);
    const carried = render('vi', createElement(CertificateStars, { certificate: inForce }));
    assert.match(carried.html, /aria-label="3 sao"/);
    assert.doesNotMatch(carried.text, /trước đây/);
  });

  it('names the state and the last valid day, and says when there is no certificate', () => {
    const vi = render('vi', createElement(CertificateStateBadge, { certificate: expired }));
    assert.match(vi.html, /data-certificate-state="expired"/);
    assert.equal(vi.text, 'Hết hiệu lực Hiệu lực đến 27/06/2025');
    const en = render('en', createElement(CertificateStateBadge, { certificate: inForce }));
    assert.equal(en.text, 'Re-evaluation window open Valid until 27 Jun 2025');
    const none = render('vi', createElement(CertificateStateBadge, { certificate: null }));
    assert.equal(none.text, 'Chưa có giấy chứng nhận');
    assert.equal(render('en', createElement(CertificateStars, { certificate: null })).text, 'Not rated');
    assert.equal(render('vi', createElement(CertificateStars, { certificate: null })).text, 'Chưa xếp hạng');
  });
});
