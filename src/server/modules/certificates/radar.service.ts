// The expiry radar of a unit (its officers' view of life after certification) and the
// lifecycle indicators the programme reports: which certificates are entering the
// renewal window, past it with nothing filed, filed and awaiting their decision, in
// grace, expired or lapsed this month — by stars and by commune, listed and exported;
// the renewal rate, the expired-unrenewed, revocations by ground and the survival of
// recognitions by cohort.
import ExcelJS from 'exceljs';
import { registryListScope, type Grant } from '../../../domain/access/policy.ts';
import { RENEWAL_RULES_26_2026 } from '../../../domain/certificates/certificate-state.ts';
import { milestonesOf } from '../../../domain/certificates/lifecycle.ts';
import type { RevocationGround } from '../../../domain/certificates/revocation.ts';
import { addDaysIso, daysBetweenIso } from '../../../domain/calendar/dates.ts';
import { REVOCATION_GROUNDS, RADAR_GROUPS } from '../../../shared/enums.ts';
import { termOf, V } from '../../../shared/vocabulary.ts';
import { AppError } from '../../core/app-error.ts';
import type { AppDeps } from '../../core/deps.ts';
import { publicUrlOf } from '../registry/public-address.service.ts';
import * as repo from './radar.repository.ts';
import { countOpenRevocations } from './lifecycle.repository.ts';

export type RadarGroup = repo.RadarGroup;

/** The radar's territory for a grant, narrowed by a province (central) or a commune the grant covers. */
export function radarScope(
  grant: Grant,
  narrow: { provinceId?: string; communeId?: string } = {},
): repo.RadarScope {
  const scope = registryListScope(grant);
  if (grant.role === 'producer' || scope.kind === 'none' || scope.kind === 'producer')
    throw new AppError('FORBIDDEN');
  if (scope.kind === 'commune') return { provinceId: null, communeId: scope.unitId };
  if (scope.kind === 'province') return { provinceId: scope.unitId, communeId: narrow.communeId ?? null };
  return { provinceId: narrow.provinceId ?? null, communeId: narrow.communeId ?? null };
}

export function radarWindow(today: string): repo.RadarWindow {
  const r = RENEWAL_RULES_26_2026;
  const monthStart = `${today.slice(0, 8)}01`;
  return {
    today,
    monthStart,
    // a lapse this month can be of a certificate whose grace ended this month
    lo: addDaysIso(monthStart, -r.graceDaysAfterExpiry - 2),
    hi: addDaysIso(today, r.windowOpensDaysBefore),
    grace: r.graceDaysAfterExpiry,
    opens: r.windowOpensDaysBefore,
    closes: r.windowClosesDaysBefore,
  };
}

const STAR_KEYS = ['3', '4', '5', 'unknown'] as const;

/** The counts of each group, by stars and by commune (the communes with most first). */
export async function radar(
  deps: AppDeps,
  grant: Grant,
  narrow: { provinceId?: string; communeId?: string } = {},
) {
  const scope = radarScope(grant, narrow);
  const today = deps.clock.today();
  const w = radarWindow(today);
  const rows = await repo.radarCounts(deps.database.db, scope, w);
  const groups = RADAR_GROUPS.map((group) => {
    const byStars = Object.fromEntries(STAR_KEYS.map((k) => [k, 0])) as Record<
      (typeof STAR_KEYS)[number],
      number
    >;
    for (const r of rows)
      if (r.grp === group && r.by === 'stars') {
        const k =
          r.stars === 3 || r.stars === 4 || r.stars === 5 ? (String(r.stars) as '3' | '4' | '5') : 'unknown';
        byStars[k] += r.n;
      }
    const unreachable =
      rows.find((r) => r.grp === group && r.by === 'reach' && r.reachable === false)?.n ?? 0;
    return {
      group,
      total: byStars['3'] + byStars['4'] + byStars['5'] + byStars.unknown,
      byStars,
      unreachable,
    };
  });
  const communes = new Map<string, Record<string, number>>();
  for (const r of rows) {
    if (r.by !== 'commune' || !r.commune) continue;
    const c = communes.get(r.commune) ?? {};
    c[r.grp] = (c[r.grp] ?? 0) + r.n;
    communes.set(r.commune, c);
  }
  const names = await repo.unitNames(deps.database.db, [...communes.keys()]);
  const byCommune = [...communes.entries()]
    .map(([communeId, counts]) => ({
      communeId,
      communeName: names.get(communeId) ?? communeId,
      counts,
      total: Object.values(counts).reduce((a, b) => a + b, 0),
    }))
    .sort((a, b) => b.total - a.total || a.communeName.localeCompare(b.communeName, 'vi'));
  return { today, monthStart: w.monthStart, scope, groups, byCommune };
}

function cursorOf(i: { validUntil: string; productId: string }) {
  return Buffer.from(`${i.validUntil}|${i.productId}`).toString('base64url');
}

function parseCursor(cursor: string | undefined) {
  if (!cursor) return null;
  const [vu, id] = Buffer.from(cursor, 'base64url').toString().split('|');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(vu ?? '') || !/^[0-9a-f-]{36}$/.test(id ?? ''))
    throw new AppError('VALIDATION_FAILED', {}, { field: 'cursor' });
  return { vu, id };
}

function itemView(deps: AppDeps, i: repo.RadarItem, today: string) {
  const m = milestonesOf(i.validUntil);
  return {
    ...i,
    state: repo.GROUP_STATE[i.grp],
    daysLeft: daysBetweenIso(today, i.validUntil),
    windowCloses: m.windowCloses,
    endedOn:
      i.grp === 'lapsedThisMonth'
        ? (i.lapsedOn ?? m.lapsesOn)
        : i.grp === 'expiredThisMonth'
          ? m.expiredOn
          : null,
    reachable: !!(i.producerPhone?.trim() || i.producerEmail?.trim()),
    publicUrl: publicUrlOf(deps, i.publicId),
  };
}

/** One page of a group's certificates (or all groups'), soonest last day first. */
export async function radarList(
  deps: AppDeps,
  grant: Grant,
  opts: { group?: RadarGroup; provinceId?: string; communeId?: string; cursor?: string; limit?: number },
) {
  const scope = radarScope(grant, opts);
  const today = deps.clock.today();
  const limit = Math.min(Math.max(opts.limit ?? 50, 1), 200);
  const rows = await repo.radarItems(
    deps.database.db,
    scope,
    radarWindow(today),
    opts.group ?? null,
    parseCursor(opts.cursor),
    limit + 1,
  );
  const page = rows.slice(0, limit);
  return {
    items: page.map((i) => itemView(deps, i, today)),
    nextCursor: rows.length > limit ? cursorOf(page[page.length - 1]) : null,
  };
}

/** The radar as a spreadsheet: one sheet of every certificate in a group (or all), in Vietnamese. */
export async function radarExport(
  deps: AppDeps,
  grant: Grant,
  opts: { group?: RadarGroup; provinceId?: string; communeId?: string },
) {
  const scope = radarScope(grant, opts);
  const today = deps.clock.today();
  const w = radarWindow(today);
  const book = new ExcelJS.Workbook();
  book.creator = 'OCOP';
  const sheet = book.addWorksheet('Rà soát hiệu lực');
  sheet.columns = [
    { header: 'Nhóm', width: 36 },
    { header: 'Sản phẩm', width: 36 },
    { header: 'Chủ thể', width: 32 },
    { header: 'Điện thoại', width: 14 },
    { header: 'Email', width: 26 },
    { header: 'Xã/phường', width: 22 },
    { header: 'Số sao', width: 8 },
    { header: 'Số giấy chứng nhận', width: 20 },
    { header: 'Có giá trị đến hết ngày', width: 14 },
    { header: 'Còn (ngày)', width: 10 },
    { header: 'Hạn nộp đánh giá lại', width: 14 },
    { header: 'Ngày nộp đánh giá lại', width: 14 },
    { header: 'Hết hiệu lực từ', width: 14 },
    { header: 'Địa chỉ công khai', width: 44 },
  ];
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  const asDate = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00Z`) : null);
  let after: { vu: string; id: string } | null = null;
  for (;;) {
    const rows = await repo.radarItems(deps.database.db, scope, w, opts.group ?? null, after, 2000);
    if (rows.length === 0) break;
    for (const r of rows) {
      const v = itemView(deps, r, today);
      sheet.addRow([
        termOf(V.radarGroup, r.grp, 'vi'),
        r.productName,
        r.producerName,
        r.producerPhone ?? null,
        r.producerEmail ?? null,
        r.communeName ?? null,
        r.stars ?? null,
        r.certificateNo ?? null,
        asDate(r.validUntil),
        v.daysLeft >= 0 ? v.daysLeft : null,
        asDate(v.windowCloses),
        asDate(r.renewalFiledOn),
        asDate(v.endedOn),
        v.publicUrl,
      ]);
    }
    const last = rows[rows.length - 1];
    after = { vu: last.validUntil, id: last.productId };
  }
  for (const col of [9, 11, 12, 13]) sheet.getColumn(col).numFmt = 'dd/mm/yyyy';
  const data = new Uint8Array(await book.xlsx.writeBuffer());
  const group = opts.group ? `-${opts.group}` : '';
  return { data, fileName: `ra-soat-hieu-luc${group}-${today}.xlsx` };
}

/** The lifecycle indicators of a unit: renewal rate by year, ended by stars, revocations by ground, cohorts. */
export async function lifecycleIndicators(
  deps: AppDeps,
  grant: Grant,
  narrow: { provinceId?: string; communeId?: string } = {},
) {
  const scope = radarScope(grant, narrow);
  const today = deps.clock.today();
  const { db } = deps.database;
  const [renewals, ended, grounds, cohorts] = await Promise.all([
    repo.renewals(db, scope, today),
    repo.endedByStars(db, scope, today),
    repo.revokedByGround(db, scope),
    repo.cohorts(db, scope, today),
  ]);
  const isGround = (g: string | null): g is RevocationGround =>
    !!g && (REVOCATION_GROUNDS as readonly string[]).includes(g);
  return {
    today,
    scope,
    renewals: renewals.map((r) => ({
      ...r,
      rate: r.reachedEnd ? Math.round((r.renewed / r.reachedEnd) * 1000) / 10 : null,
    })),
    expiredUnrenewed: ended,
    revocationsByGround: grounds.map((g) => ({
      ground: isGround(g.ground) ? g.ground : null,
      /** the words of a ground recorded from a published list, as it came */
      recordedAs: g.ground && !isGround(g.ground) ? g.ground : null,
      n: g.n,
    })),
    cohorts: cohorts.map((c) => ({
      ...c,
      survival: c.recognised ? Math.round((c.inForce / c.recognised) * 1000) / 10 : null,
    })),
  };
}

/** The radar's totals and the open revocations, for an officer's home. */
export async function radarSummary(deps: AppDeps, grant: Grant) {
  const r = await radar(deps, grant);
  const revocations = await countOpenRevocations(deps.database.db, r.scope, r.today);
  return {
    groups: r.groups.map((g) => ({ group: g.group, total: g.total })),
    revocationsOpen: revocations.open,
    revocationsOverdue: revocations.overdue,
  };
}
