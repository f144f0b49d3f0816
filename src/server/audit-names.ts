// Every source of names for the audit trail, gathered from the modules that own the
// objects (see core/audit-names.ts). A module whose objects the audit trail names
// lists its source here.
import type { AuditNameSource } from './core/audit-names.ts';
import { CALENDAR_AUDIT_NAMES } from './modules/calendar/calendar.service.ts';
import { COUNCILS_AUDIT_NAMES } from './modules/councils/councils.service.ts';
import { DECISIONS_AUDIT_NAMES } from './modules/decisions/decisions.service.ts';
import { DOSSIERS_AUDIT_NAMES } from './modules/dossiers/dossiers.service.ts';
import { IDEAS_AUDIT_NAMES } from './modules/ideas/ideas.service.ts';
import { ADMIN_UNITS_AUDIT_NAMES } from './modules/admin-units/admin-units.service.ts';
import { IMPORTS_AUDIT_NAMES } from './modules/imports/imports.service.ts';
import { REGISTRY_AUDIT_NAMES } from './modules/registry/registry.service.ts';
import { RUBRICS_AUDIT_NAMES } from './modules/rubrics/rubrics.service.ts';
import { USERS_AUDIT_NAMES } from './modules/users/users.service.ts';

export const AUDIT_NAME_SOURCES: readonly AuditNameSource[] = [
  ...REGISTRY_AUDIT_NAMES,
  ...USERS_AUDIT_NAMES,
  ...ADMIN_UNITS_AUDIT_NAMES,
  ...IMPORTS_AUDIT_NAMES,
  ...RUBRICS_AUDIT_NAMES,
  ...CALENDAR_AUDIT_NAMES,
  ...DOSSIERS_AUDIT_NAMES,
  ...IDEAS_AUDIT_NAMES,
  ...COUNCILS_AUDIT_NAMES,
  ...DECISIONS_AUDIT_NAMES,
];
