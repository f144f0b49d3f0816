// The one policy layer: who may do what on which object. Pure; the server calls it
// for every decision and sends the resulting allowed actions with each object, so
// the web app never re-implements a rule. A user acts through one active grant at a
// time (the unit switcher picks it); decisions look at that grant only.
import type { Role, ScopeKind } from '../../shared/roles.ts';

export interface Grant {
  id: string;
  role: Role;
  scopeKind: ScopeKind;
  /** unit scope: the unit granted and its level in the current structure */
  unitId: string | null;
  unitLevel: 'province' | 'commune' | null;
  producerId: string | null;
  councilId: string | null;
  roundId: string | null;
}

/** Where a record lives, resolved into the current structure (null commune = ambiguous). */
export interface Place {
  provinceId: string | null;
  communeId: string | null;
}

export type ResourceKind =
  | 'producer'
  | 'product'
  | 'adminUnitMapping'
  | 'user'
  | 'auditLog'
  | 'adminUnit'
  | 'rubricVersion'
  | 'calendarYear';

export interface Resource {
  kind: ResourceKind;
  place?: Place;
  producerId?: string | null;
  councilIds?: readonly string[];
}

export type Action = 'view' | 'edit' | 'create' | 'settle' | 'manage' | 'verify' | 'export';

const OFFICER_ROLES: ReadonlySet<Role> = new Set(['commune_officer', 'province_officer', 'inspector']);

/** Does the grant's territory cover the place? Ambiguous places are seen at province level only. */
export function coversPlace(grant: Grant, place: Place): boolean {
  if (grant.scopeKind === 'nation') return true;
  if (grant.scopeKind !== 'unit' || !grant.unitId) return false;
  if (grant.unitLevel === 'province') return place.provinceId === grant.unitId;
  return place.communeId !== null && place.communeId === grant.unitId;
}

export function canSee(grant: Grant, resource: Resource): boolean {
  switch (resource.kind) {
    case 'adminUnit':
    case 'rubricVersion':
    case 'calendarYear':
      return true;
    case 'producer':
    case 'product':
      if (grant.role === 'producer') return !!grant.producerId && grant.producerId === resource.producerId;
      if (grant.role === 'council_member' || grant.role === 'advisory_member') {
        return !!grant.councilId && (resource.councilIds ?? []).includes(grant.councilId);
      }
      return (
        (OFFICER_ROLES.has(grant.role) || isNational(grant)) &&
        !!resource.place &&
        coversPlace(grant, resource.place)
      );
    case 'adminUnitMapping':
      return (
        grant.role === 'system_admin' || grant.role === 'central_officer' || grant.role === 'province_officer'
      );
    case 'user':
    case 'auditLog':
      return grant.role === 'system_admin';
  }
}

export function allowedActions(grant: Grant | null, resource: Resource): Action[] {
  if (!grant || !canSee(grant, resource)) return [];
  const actions: Action[] = ['view'];
  switch (resource.kind) {
    case 'producer':
    case 'product':
      if (
        grant.role === 'producer' ||
        grant.role === 'commune_officer' ||
        grant.role === 'province_officer'
      ) {
        actions.push('edit');
      }
      if (grant.role !== 'producer') actions.push('export');
      break;
    case 'adminUnitMapping':
      if (grant.role === 'system_admin' || grant.role === 'central_officer') actions.push('settle');
      break;
    case 'user':
      actions.push('manage', 'create');
      break;
    case 'auditLog':
      actions.push('verify');
      break;
    case 'rubricVersion':
    case 'calendarYear':
      if (grant.role === 'system_admin') actions.push('manage', 'create');
      break;
    case 'adminUnit':
      break;
  }
  return actions;
}

/** Officers of the place register producers there (on the producer's behalf); producers register themselves. */
export function canCreateProducerAt(grant: Grant | null, place: Place): boolean {
  return (
    !!grant &&
    (grant.role === 'commune_officer' || grant.role === 'province_officer') &&
    coversPlace(grant, place)
  );
}

export function can(grant: Grant | null, action: Action, resource: Resource): boolean {
  return allowedActions(grant, resource).includes(action);
}

function isNational(grant: Grant): boolean {
  return grant.scopeKind === 'nation' && (grant.role === 'central_officer' || grant.role === 'system_admin');
}

/** Which navigation areas a grant opens; the web shell renders exactly these. */
export type NavArea =
  | 'dashboard'
  | 'producers'
  | 'products'
  | 'duplicates'
  | 'imports'
  | 'myProducer'
  | 'myProducts'
  | 'selfAssessments'
  | 'dossiers'
  | 'rounds'
  | 'ideas'
  | 'rubrics'
  | 'calendar'
  | 'worklist'
  | 'adminUnits'
  | 'unitMappings'
  | 'users'
  | 'audit'
  | 'councils'
  | 'decisions'
  | 'lifecycle'
  | 'councilDossiers';

export function navigationFor(grant: Grant | null): NavArea[] {
  if (!grant) return [];
  switch (grant.role) {
    case 'producer':
      return ['dashboard', 'myProducer', 'myProducts', 'ideas', 'selfAssessments', 'dossiers', 'rubrics'];
    case 'commune_officer':
      return [
        'dashboard',
        'ideas',
        'dossiers',
        'producers',
        'products',
        'duplicates',
        'imports',
        'worklist',
        'lifecycle',
        'selfAssessments',
        'rubrics',
        'calendar',
        'adminUnits',
      ];
    case 'inspector':
      return ['dashboard', 'producers', 'products', 'lifecycle', 'rubrics', 'calendar', 'adminUnits'];
    case 'province_officer':
      return [
        'dashboard',
        'ideas',
        'dossiers',
        'rounds',
        'councils',
        'decisions',
        'lifecycle',
        'producers',
        'products',
        'duplicates',
        'imports',
        'worklist',
        'selfAssessments',
        'rubrics',
        'calendar',
        'adminUnits',
        'unitMappings',
      ];
    case 'council_member':
    case 'advisory_member':
      return ['dashboard', 'councilDossiers', 'rubrics'];
    case 'central_officer':
      return [
        'dashboard',
        'dossiers',
        'rounds',
        'councils',
        'decisions',
        'lifecycle',
        'producers',
        'products',
        'rubrics',
        'calendar',
        'adminUnits',
        'unitMappings',
      ];
    case 'system_admin':
      return [
        'dashboard',
        'producers',
        'products',
        'imports',
        'rubrics',
        'calendar',
        'adminUnits',
        'unitMappings',
        'users',
        'audit',
      ];
  }
}

/** Things a grant may start from a list (buttons), beside per-object actions. */
export type Capability =
  | 'registerProducer'
  | 'importRegistry'
  | 'exportRegistry'
  | 'importRubric'
  | 'editCalendar'
  | 'openDossier'
  | 'openRounds';

export function capabilitiesFor(grant: Grant | null): Capability[] {
  if (!grant) return [];
  const caps: Capability[] = [];
  if (grant.role === 'commune_officer' || grant.role === 'province_officer')
    caps.push('registerProducer', 'importRegistry');
  // operators load lists on a province's behalf (ocop import)
  if (grant.role === 'system_admin') caps.push('importRegistry', 'importRubric', 'editCalendar');
  if (grant.role !== 'producer' && registryListScope(grant).kind !== 'none') caps.push('exportRegistry');
  // a producer files its own dossiers (QĐ 26/2026 Art. 6); officers act on those filed
  if (grant.role === 'producer' && grant.producerId) caps.push('openDossier');
  // rounds are opened by a province's OCOP agency for the province, by the centre for central ones
  if (
    (grant.role === 'province_officer' && grant.unitLevel === 'province') ||
    grant.role === 'central_officer'
  )
    caps.push('openRounds');
  return caps;
}

/** The territory a registry list is limited to, for a grant; repositories turn it into SQL. */
export type ListScope =
  | { kind: 'all' }
  | { kind: 'province'; unitId: string }
  | { kind: 'commune'; unitId: string }
  | { kind: 'producer'; producerId: string }
  | { kind: 'none' };

export function registryListScope(grant: Grant | null): ListScope {
  if (!grant) return { kind: 'none' };
  if (grant.role === 'producer')
    return grant.producerId ? { kind: 'producer', producerId: grant.producerId } : { kind: 'none' };
  if (isNational(grant) || (grant.role === 'inspector' && grant.scopeKind === 'nation'))
    return { kind: 'all' };
  if (!OFFICER_ROLES.has(grant.role) || grant.scopeKind !== 'unit' || !grant.unitId) return { kind: 'none' };
  return grant.unitLevel === 'province'
    ? { kind: 'province', unitId: grant.unitId }
    : { kind: 'commune', unitId: grant.unitId };
}
