// Reads the admin units the generator needs from the reference tables: current
// provinces and communes, and the three-tier communes with the district and
// province they belonged to and their resolved current scope (admin_unit_scopes).
import { sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../../db/client.ts';
import { CURRENT_STRUCTURE } from '../../../domain/admin-units/structures.ts';
import type { CommuneUnit, NationalUnits, OldCommuneUnit, ProvinceUnit } from './places.ts';

export const OLD_STRUCTURE = 'vn-3tier';

export async function loadNationalUnits(db: Executor): Promise<NationalUnits> {
  const provinces = await queryRows<ProvinceUnit>(
    db,
    sql`
    SELECT id, code, name FROM admin_units
    WHERE version_id = ${CURRENT_STRUCTURE} AND level = 'province' ORDER BY code`,
  );
  const communes = await queryRows<CommuneUnit>(
    db,
    sql`
    SELECT id, code, name, type, province_id AS "provinceId" FROM admin_units
    WHERE version_id = ${CURRENT_STRUCTURE} AND level = 'commune' ORDER BY code`,
  );
  const oldCommunes = await queryRows<OldCommuneUnit>(
    db,
    sql`
    SELECT u.id, u.code, u.name, u.version_id AS "versionId", u.province_id AS "provinceId", p.name AS "provinceName",
      d.name AS "districtName", s.current_province_id AS "scopeProvinceId", s.current_commune_id AS "scopeCommuneId"
    FROM admin_units u
    JOIN admin_units p ON p.id = u.province_id
    LEFT JOIN admin_units d ON d.id = u.parent_id AND d.level = 'district'
    LEFT JOIN admin_unit_scopes s ON s.unit_id = u.id
    WHERE u.version_id = ${OLD_STRUCTURE} AND u.level = 'commune' ORDER BY u.code`,
  );
  return { provinces, communes, oldCommunes };
}
