// Brings the platform up for the server and the CLI alike: data folder and its lock,
// database (PGlite or PostgreSQL), migrations, reference data, audit secret.
import { mkdirSync, readFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase, type Database } from './db/client.ts';
import { acquireDataDirLock } from './db/lock.ts';
import { analyzeDatabase } from './db/maintenance.ts';
import { migrateDatabase } from './db/migrate.ts';
import { clockFromEnv } from './core/clock.ts';
import { PLACE_BEARING_TABLES } from './place-bearing.ts';
import { AUDIT_NAME_SOURCES } from './audit-names.ts';
import { recoverInterruptedCommits } from './modules/imports/commit-import.ts';
import type { Env } from './env.ts';
import type { AppDeps } from './core/deps.ts';
import { createLogger, type Logger } from './logger.ts';
import {
  isAdminDataLoaded,
  loadAdminStructures,
  loadFormerUnits,
  upgradeMappingNotes,
} from './modules/admin-units/admin-units.loader.ts';
import { loadShippedRubrics } from './modules/rubrics/rubrics.service.ts';
import { loadShippedCalendar } from './modules/calendar/calendar.service.ts';
import { resolveAuditSecret } from './secrets.ts';
import { resolveAuditSigning } from './audit-signing.ts';
import { LocalDiskStorage } from './storage/file-storage.ts';

export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export function readVersion(): string {
  return (JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string })
    .version;
}

export interface Booted {
  deps: AppDeps;
  close(): Promise<void>;
}

export interface BootOptions {
  log?: Logger;
  /** skip migrations and reference data (e.g. `ocop audit verify` on a read-only copy) */
  migrate?: boolean;
}

export async function boot(env: Env, options: BootOptions = {}): Promise<Booted> {
  const log = options.log ?? createLogger(env.LOG_LEVEL);
  const dataDir = isAbsolute(env.DATA_DIR) ? env.DATA_DIR : resolve(process.cwd(), env.DATA_DIR);
  mkdirSync(dataDir, { recursive: true });
  // the lock guards the embedded database; on PostgreSQL the server does the locking
  const releaseLock = env.DATABASE_URL ? () => undefined : acquireDataDirLock(dataDir);
  let database: Database | null = null;
  try {
    database = await openDatabase(
      env.DATABASE_URL ? { url: env.DATABASE_URL } : { dataDir: join(dataDir, 'pglite') },
    );
    if (options.migrate !== false) {
      await migrateDatabase(database);
      if (!(await isAdminDataLoaded(database.db))) {
        const started = Date.now();
        const loaded = await database.db.transaction((tx) => loadAdminStructures(tx));
        await analyzeDatabase(database.db);
        log.info('admin units loaded', { ...loaded, ms: Date.now() - started });
      } else {
        // a database loaded before the former units were shipped gets them now (loading does it on a fresh one)
        const former = await database.db.transaction((tx) => loadFormerUnits(tx));
        if (former.added) log.info('former admin units loaded', former);
      }
      const notes = await database.db.transaction((tx) => upgradeMappingNotes(tx));
      if (notes.upgraded) log.info('old→new map notes given their phrases', notes);
      if (notes.unmatched)
        log.warn('old→new map notes that match no shipped row are shown as stored', {
          rows: notes.unmatched,
        });
    }
    const { secret, generated } = resolveAuditSecret(env, dataDir);
    const { generated: signingGenerated, ...auditSigning } = resolveAuditSigning(env, dataDir);
    if (signingGenerated)
      log.warn(
        'generated an audit signing key beside the database; set AUDIT_SIGNING_KEY_FILE in production',
        {
          file: join(dataDir, 'audit-signing.key'),
          keyId: auditSigning.keyId,
        },
      );
    if (generated)
      log.warn('generated a development audit key; set AUDIT_SECRET in production', {
        file: join(dataDir, 'audit.key'),
      });
    if (options.migrate !== false) {
      const rubrics = await loadShippedRubrics(database.db, secret);
      if (rubrics.inserted.length) log.info('rubric versions loaded', { versions: rubrics.inserted });
      if (rubrics.kept.length)
        log.warn('shipped rubric files changed but the versions are in use; kept as stored', {
          versions: rubrics.kept,
        });
      const calendar = await loadShippedCalendar(database.db);
      if (calendar.added.length || calendar.updated.length)
        log.info('days off of the working-day calendar loaded', {
          added: calendar.added,
          updated: calendar.updated,
        });
      if (calendar.keptEdited.length)
        log.warn('shipped days off changed for years an administrator edited; kept as edited', {
          years: calendar.keptEdited,
        });
    }
    const checkpointDir = env.AUDIT_CHECKPOINT_DIR
      ? resolve(env.AUDIT_CHECKPOINT_DIR)
      : join(dataDir, 'audit-checkpoints');
    const storage = new LocalDiskStorage(join(dataDir, 'files'));
    const clock = clockFromEnv(env);
    if (clock.fixedDate)
      log.warn(
        'the date is fixed by OCOP_TODAY: deadlines and certificate states are computed for that day',
        { today: clock.fixedDate },
      );
    const deps: AppDeps = {
      database,
      env,
      auditSecret: secret,
      auditSigning,
      checkpointDir,
      storage,
      version: readVersion(),
      log,
      clock,
      placeBearing: PLACE_BEARING_TABLES,
      auditNames: AUDIT_NAME_SOURCES,
    };
    if (options.migrate !== false) {
      const recovered = await recoverInterruptedCommits(deps);
      if (recovered) log.warn('finished import commits interrupted by the last stop', { imports: recovered });
    }
    const db = database;
    return {
      deps,
      close: async () => {
        await db.close();
        releaseLock();
      },
    };
  } catch (err) {
    await database?.close().catch(() => undefined);
    releaseLock();
    throw err;
  }
}
