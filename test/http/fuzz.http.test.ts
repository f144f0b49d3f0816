// Fuzzes every operation of /api/openapi.json as every role and as nobody, with
// hostile bodies, queries and addresses from a fixed seed. Nothing may answer 5xx,
// leak a stack trace or SQL, or break the error shape; and enough requests must get
// past sign-in and CSRF for the run to mean something. A last test shows that an
// unexpected exception is still a bare 500 INTERNAL: bad input is 4xx because it is
// recognised, not because every error becomes 400.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createApp } from '../../src/server/app.ts';
import type { AppDeps } from '../../src/server/core/deps.ts';
import type { Database } from '../../src/server/db/client.ts';
import type { GrantInput } from '../../src/shared/contracts/users.ts';
import { ROLES, type Role } from '../../src/shared/roles.ts';
import { makeDeps, seedProducerInUnit, unit, validTaxCode } from '../support/factories.ts';
import { Actor } from '../support/fuzz/actor.ts';
import { formWith, wellFormedFiles } from '../support/fuzz/files.ts';
import { type Case, casesFor, type World } from '../support/fuzz/cases.ts';
import { operationsOf } from '../support/fuzz/operations.ts';
import { Rng } from '../support/fuzz/random.ts';
import {
  describeFailures,
  type Failure,
  judge,
  type Outcome,
  reachedRoute,
  summary,
} from '../support/fuzz/verdict.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-db.ts';
import { type App, call, fromAddress, type Session } from './http-client.ts';

/** fixed, so a failure comes back on the next run; FUZZ_SEED explores other inputs on demand */
const SEED = Number(process.env.FUZZ_SEED ?? 0x0c0b2026);
/** requests that must reach a route's own checks, per signed-in role and for anonymous callers */
const MIN_REACHED_SIGNED_IN = 400;
const MIN_REACHED_ANONYMOUS = 40;
const HAM_RONG = unit('14758');
const THANH_HOA = unit('38');
/** councils arrive with the evaluation cycle; a council grant needs only its id, so both council roles are fuzzed */
const COUNCIL_ID = '5f0c2b1e-9a47-4c3d-8e21-0b6a7d4c9e10';

let tdb: TestDatabase;
let deps: AppDeps;
let app: App;

function grantsOf(role: Role, producerId: string): GrantInput[] {
  const grants: Record<Role, GrantInput> = {
    producer: { role, scopeKind: 'producer', producerId },
    commune_officer: { role, scopeKind: 'unit', unitId: HAM_RONG },
    province_officer: { role, scopeKind: 'unit', unitId: THANH_HOA },
    inspector: { role, scopeKind: 'unit', unitId: THANH_HOA },
    central_officer: { role, scopeKind: 'nation' },
    system_admin: { role, scopeKind: 'nation' },
    council_member: { role, scopeKind: 'council', councilId: COUNCIL_ID },
    advisory_member: { role, scopeKind: 'council', councilId: COUNCIL_ID },
  };
  return [grants[role]];
}

async function upload(session: Session, path: string, form: FormData): Promise<string> {
  const res = await app.request(path, {
    method: 'POST',
    body: form,
    headers: { cookie: session.cookie, 'x-csrf-token': session.csrf },
  });
  const text = await res.text();
  assert.equal(res.status, 201, `${path}: ${text}`);
  return JSON.parse(text).id;
}

/** Objects the fuzz can address by a real id: without them every id would be a plain 404. */
async function buildWorld(actors: Map<string, Actor>, producer: { id: string; productIds: string[] }) {
  const owner = (await actors.get('producer')?.session(true)) as Session;
  const officer = (await actors.get('province_officer')?.session(true)) as Session;
  const central = (await actors.get('central_officer')?.session(false)) as Session;
  const { image, pdf, csv } = await wellFormedFiles();
  // several sheets and imports: the fuzz finalises, commits or cancels some, the others stay open to edits
  const sheets: string[] = [];
  for (const [productId, year] of [
    [producer.productIds[0], 2026],
    [producer.productIds[1], 2026],
    [producer.productIds[0], 2025],
    [producer.productIds[1], 2025],
  ]) {
    const r = await call(app, '/api/self-assessments', { session: owner, body: { productId, year } });
    assert.equal(r.status, 201, r.text);
    sheets.push(r.json.id);
  }
  const imports: string[] = [];
  for (let i = 0; i < 3; i++) {
    imports.push(await upload(officer, '/api/imports', formWith({ kind: 'products' }, csv)));
    // two validated (rows to correct, something to commit), one left as uploaded
    if (i < 2) {
      const validated = await call(app, `/api/imports/${imports[i]}/validate`, {
        session: officer,
        body: {},
      });
      assert.equal(validated.status, 200, validated.text);
    }
  }
  const sheet = await call(app, '/api/rubrics/qd26-2026/sets/7', { session: central });
  const criteria: string[] = sheet.json.set.parts.flatMap(
    (part: { sections: { criteria: { code: string }[] }[] }) =>
      part.sections.flatMap((section) => section.criteria.map((c) => c.code)),
  );
  const mappings = await call(app, '/api/admin-units/mappings?pageSize=2', { session: central });
  assert.equal(mappings.status, 200, mappings.text);
  const known: World['known'] = {
    producers: [producer.id],
    products: producer.productIds,
    'self-assessments': sheets,
    evidence: [
      await upload(owner, `/api/self-assessments/${sheets[0]}/evidence`, formWith({ criterion: '1.1' }, pdf)),
    ],
    photos: [await upload(owner, `/api/products/${producer.productIds[0]}/photos`, formWith({}, image))],
    imports,
    mappings: mappings.json.items.map((m: { id: number }) => String(m.id)),
    rows: ['1', '2'],
    rubrics: ['qd26-2026', 'qd148-2023'],
    sets: ['7', '1'],
    'admin-units': [HAM_RONG, THANH_HOA],
  };
  const rng = new Rng(SEED ^ 1);
  const hints: World['hints'] = {
    productId: () => rng.pick(producer.productIds),
    producerId: () => producer.id,
    producer: () => producer.id,
    unitId: () => HAM_RONG,
    commune: () => HAM_RONG,
    scopeUnitId: () => THANH_HOA,
    year: () => 2026,
    // a criterion of set 7, spread out: each holds at most five evidence files
    criterion: () => rng.pick(criteria),
    taxCode: () => validTaxCode(rng.int(100_000_000, 999_999_999)),
    gtin: () => '4006381333931',
    password: () => `Mat khau manh ${rng.int(1000, 9999)}`,
  };
  const files: World['files'] = {
    '/api/products/{id}/photos': [image],
    '/api/self-assessments/{id}/evidence': [pdf, image],
    '/api/imports': [csv],
    '*': [image, pdf, csv],
  };
  return { known, hints, files };
}

before(async () => {
  tdb = await createTestDatabase();
  deps = makeDeps(tdb.database);
  app = createApp(deps);
});
after(() => tdb.drop());

describe('fuzzing every operation of the OpenAPI document', () => {
  const actors = new Map<string, Actor>();
  const outcomes: Outcome[] = [];
  const failures: Failure[] = [];

  it('answers every operation, role and hostile input without a 5xx, a leak or a stray error shape', async () => {
    const started = performance.now();
    const producer = await seedProducerInUnit(deps, HAM_RONG, { products: ['Nem chua Hàm Rồng', 'Chè lam'] });
    for (const role of ROLES) actors.set(role, new Actor(app, deps, role, grantsOf(role, producer.id)));
    actors.set('anonymous', new Actor(app, deps, 'anonymous', null));
    for (const actor of actors.values()) await actor.session(false);
    const world = await buildWorld(actors, producer);

    const docReply = await call(app, '/api/openapi.json');
    assert.equal(docReply.status, 200, `GET /api/openapi.json: ${docReply.text.slice(0, 300)}`);
    // deletions last, so the objects they remove are there for every other operation first
    const ops = operationsOf(docReply.json).sort(
      (a, b) => Number(a.method === 'DELETE') - Number(b.method === 'DELETE'),
    );
    assert.ok(ops.length >= 50, `only ${ops.length} operations in the document`);

    const rng = new Rng(SEED);
    for (const op of ops) {
      for (const actor of actors.values()) {
        for (const c of casesFor(docReply.json, op, rng, world)) {
          const outcome = await send(actor, op.method, op.path, c, rng);
          outcomes.push(outcome);
          failures.push(...judge(outcome));
        }
      }
    }
    const accounts = Object.fromEntries([...actors].map(([role, a]) => [role, a.accounts]));
    const seconds = (performance.now() - started) / 1000;
    for (const line of summary(outcomes, failures, accounts, seconds, SEED)) console.log(line);
    assert.equal(failures.length, 0, `${failures.length} failures:\n${describeFailures(failures)}`);
    for (const op of ops)
      assert.ok(
        outcomes.some((o) => o.method === op.method && o.path === op.path && reachedRoute(o)),
        `${op.method} ${op.path} never reached`,
      );
    for (const [role] of actors) {
      const reached = outcomes.filter((o) => o.role === role && reachedRoute(o)).length;
      const min = role === 'anonymous' ? MIN_REACHED_ANONYMOUS : MIN_REACHED_SIGNED_IN;
      assert.ok(reached >= min, `${role}: only ${reached} requests reached a route (minimum ${min})`);
    }
  });

  it('leaves the server healthy: the health check is ok and an ordinary list still answers', async () => {
    const health = await call(app, '/api/health');
    assert.equal(health.status, 200, health.text);
    assert.equal(health.json.status, 'ok');
    const officer = await actors.get('province_officer')?.session(false);
    assert.ok(officer, 'the fuzz ran first');
    const list = await call(app, '/api/products?pageSize=5', { session: officer });
    assert.equal(list.status, 200, list.text);
    assert.ok(Array.isArray(list.json.items) && list.json.items.length > 0, list.text.slice(0, 300));
  });

  async function send(actor: Actor, method: string, path: string, c: Case, rng: Rng): Promise<Outcome> {
    const write = method !== 'GET';
    const session = await actor.session(write);
    // an API client asks for JSON: the public address (/sp/…) answers people a page otherwise
    const headers: Record<string, string> = {
      accept: 'application/json',
      'accept-language': rng.pick(['vi', 'en', 'vi-VN,vi;q=0.9']),
    };
    if (c.contentType) headers['content-type'] = c.contentType;
    if (session) {
      headers.cookie = session.cookie;
      if (write) headers['x-csrf-token'] = session.csrf;
    }
    const t0 = performance.now();
    const base = { role: actor.role, method, path, family: c.family, url: c.url };
    let res: Response;
    try {
      res = await app.request(c.url, { method, headers, body: c.body }, fromAddress(rng.address()));
    } catch (err) {
      // the app threw instead of answering; a server would turn this into a 500
      return {
        ...base,
        status: 599,
        contentType: '',
        text: String((err as Error).stack ?? err),
        json: undefined,
        ms: 0,
      };
    }
    const text = await res.text();
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    const outcome: Outcome = {
      ...base,
      status: res.status,
      contentType: res.headers.get('content-type') ?? '',
      text,
      json,
      ms: performance.now() - t0,
    };
    // signing out (or a session lost any other way) would turn the rest of the run into 401s
    if (
      session &&
      (path === '/api/auth/logout' ? res.status === 200 : outcome.json?.error?.code === 'UNAUTHENTICATED')
    )
      await actor.renew();
    return outcome;
  }
});

describe('an unexpected exception', () => {
  it('is answered 500 INTERNAL with the generic message, no detail and no stack', async () => {
    const boom = () => {
      throw new Error('boom: select "id" from "users" at src/server/x.ts:12');
    };
    const db = new Proxy(tdb.database.db, {
      get: (target, key, receiver) =>
        key === 'select' || key === 'execute' || key === 'transaction'
          ? boom
          : Reflect.get(target, key, receiver),
    });
    const database: Database = { ...tdb.database, db };
    const broken = createApp(makeDeps(database));
    const r = await call(broken, '/api/admin-units/versions');
    assert.equal(r.status, 500, r.text);
    assert.deepEqual(Object.keys(r.json), ['error']);
    assert.equal(r.json.error.code, 'INTERNAL');
    assert.equal(r.json.error.message, 'Lỗi hệ thống, vui lòng thử lại sau');
    assert.equal(r.json.error.details, undefined);
    assert.doesNotMatch(r.text, /boom|select|\.ts:\d+|\n\s+at /i);
    // the same database, not thrown at, answers the same route normally
    assert.equal((await call(app, '/api/admin-units/versions')).status, 200);
  });
});
