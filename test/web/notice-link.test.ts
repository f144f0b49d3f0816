// Where a notice's link leads: a page of the platform opens inside the app whatever
// host the server wrote, the product's public page as the address it is; and the
// bell's badge.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { noticeTarget, unreadBadge } from '../../src/web/features/notices/notice-link.ts';

describe('a notice’s link', () => {
  it('opens a platform page inside the app, keeping its query and fragment', () => {
    assert.deepEqual(noticeTarget('https://ocop.example.vn/app/ho-so/5f1c?tab=2#x'), {
      kind: 'app',
      to: '/app/ho-so/5f1c?tab=2#x',
    });
    // the server's PUBLIC_URL may name another host than the copy being read
    assert.deepEqual(noticeTarget('http://localhost:3000/app'), { kind: 'app', to: '/app' });
    assert.deepEqual(noticeTarget('/app/san-pham/1'), { kind: 'app', to: '/app/san-pham/1' });
  });

  it('opens anything else (the public address) as it is', () => {
    assert.deepEqual(noticeTarget('https://ocop.example.vn/p/AB12CD'), {
      kind: 'web',
      href: 'https://ocop.example.vn/p/AB12CD',
    });
    // /application is not the app
    assert.deepEqual(noticeTarget('https://ocop.example.vn/application'), {
      kind: 'web',
      href: 'https://ocop.example.vn/application',
    });
    assert.deepEqual(noticeTarget('/p/AB12CD'), { kind: 'web', href: '/p/AB12CD' });
  });

  it('is nothing when missing, or of a scheme a page must not follow', () => {
    assert.equal(noticeTarget(null), null);
    assert.equal(noticeTarget(''), null);
    assert.equal(noticeTarget('   '), null);
    assert.equal(noticeTarget('javascript:alert(1)'), null);
    assert.equal(noticeTarget('mailto:a@b.vn'), null);
  });
});

describe('the bell’s badge', () => {
  it('says nothing at none, the count up to 99, then 99+', () => {
    assert.equal(unreadBadge(0), null);
    assert.equal(unreadBadge(-1), null);
    assert.equal(unreadBadge(Number.NaN), null);
    assert.equal(unreadBadge(1), '1');
    assert.equal(unreadBadge(99), '99');
    assert.equal(unreadBadge(100), '99+');
  });
});
