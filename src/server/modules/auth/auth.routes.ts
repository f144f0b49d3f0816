import { changePasswordBody, loginBody, meSchema, switchGrantBody } from '../../../shared/contracts/auth.ts';
import { errorSchema, okSchema } from '../../../shared/contracts/common.ts';
import { registerProducerBody } from '../../../shared/contracts/registry-write.ts';
import { registerProducer } from '../registry/producer-write.service.ts';
import { createRouter, jsonBodyOf, jsonContent, route } from '../../http/openapi.ts';
import { RateLimiter } from '../../http/rate-limit.ts';
import { AppError } from '../../core/app-error.ts';
import { auditActor, clearSessionCookie, requireAuth, setSessionCookie } from '../../http/session.ts';
import { presentMe } from './auth.presenter.ts';
import * as auth from './auth.service.ts';

const tags = ['Auth'];

export function authRoutes() {
  const router = createRouter();
  // failed sign-ins per account and address (guessing one password) and per address (spraying many accounts)
  const perAccount = new RateLimiter(10, 15 * 60_000);
  const perAddress = new RateLimiter(50, 15 * 60_000);

  router.openapi(
    route({
      method: 'post',
      path: '/login',
      tags,
      summary: 'Sign in with email and password',
      request: jsonBodyOf(loginBody),
      responses: { 200: jsonContent(meSchema) },
    }),
    async (c) => {
      const { email, password } = c.req.valid('json');
      const ip = c.get('ip') ?? 'unknown';
      const accountKey = `${ip}|${email}`;
      perAddress.check(ip);
      perAccount.check(accountKey);
      // only failures count: a whole office signing in from one address is not an attack
      const result = await auth
        .login(c.get('deps'), email, password, {
          ip: c.get('ip'),
          userAgent: c.req.header('user-agent') ?? null,
          requestId: c.get('requestId'),
        })
        .catch((err: unknown) => {
          perAddress.hit(ip);
          perAccount.hit(accountKey);
          throw err;
        });
      perAccount.reset(accountKey);
      setSessionCookie(c, result.token, result.expiresAt);
      return c.json(presentMe(result.state), 200);
    },
  );

  const registrations = new RateLimiter(10, 60 * 60_000);
  // wrong current passwords per account when changing it
  const passwordAttempts = new RateLimiter(5, 15 * 60_000);
  router.openapi(
    route({
      method: 'post',
      path: '/register',
      tags,
      summary: 'Producer self-registration: account + producer record, signed in afterwards',
      request: jsonBodyOf(registerProducerBody),
      responses: {
        201: jsonContent(meSchema, 'Registered and signed in'),
        409: jsonContent(errorSchema, 'Email or tax code taken'),
      },
    }),
    async (c) => {
      registrations.hit(c.get('ip') ?? 'unknown');
      const { account, producer } = c.req.valid('json');
      const deps = c.get('deps');
      await registerProducer(deps, auditActor(c), account, producer);
      const result = await auth.login(deps, account.email, account.password, {
        ip: c.get('ip'),
        userAgent: c.req.header('user-agent') ?? null,
        requestId: c.get('requestId'),
      });
      setSessionCookie(c, result.token, result.expiresAt);
      return c.json(presentMe(result.state), 201);
    },
  );

  router.openapi(
    route({
      method: 'post',
      path: '/logout',
      tags,
      summary: 'Sign out (ends this session)',
      responses: { 200: jsonContent(okSchema) },
    }),
    async (c) => {
      const state = requireAuth(c);
      await auth.logout(c.get('deps'), state, auditActor(c));
      clearSessionCookie(c);
      return c.json({ ok: true as const }, 200);
    },
  );

  router.openapi(
    route({
      method: 'get',
      path: '/me',
      tags,
      summary: 'The signed-in user, grants, navigation and CSRF token',
      responses: { 200: jsonContent(meSchema) },
    }),
    (c) => c.json(presentMe(requireAuth(c)), 200),
  );

  router.openapi(
    route({
      method: 'post',
      path: '/password',
      tags,
      summary: 'Change own password (ends other sessions)',
      request: jsonBodyOf(changePasswordBody),
      responses: { 200: jsonContent(okSchema) },
    }),
    async (c) => {
      const { currentPassword, newPassword } = c.req.valid('json');
      const state = requireAuth(c);
      // a session in the wrong hands must not become a way to guess the password
      const key = `pw:${state.user.id}`;
      passwordAttempts.check(key);
      await auth
        .changePassword(c.get('deps'), state, auditActor(c), currentPassword, newPassword)
        .catch((err: unknown) => {
          if (err instanceof AppError && err.code === 'WRONG_PASSWORD') passwordAttempts.hit(key);
          throw err;
        });
      passwordAttempts.reset(key);
      return c.json({ ok: true as const }, 200);
    },
  );

  router.openapi(
    route({
      method: 'post',
      path: '/active-grant',
      tags,
      summary: 'Switch the role/unit the user acts through',
      request: jsonBodyOf(switchGrantBody),
      responses: { 200: jsonContent(meSchema) },
    }),
    async (c) => {
      const state = await auth.switchGrant(c.get('deps'), requireAuth(c), c.req.valid('json').grantId);
      return c.json(presentMe(state), 200);
    },
  );
  return router;
}
