// The audit trail names the objects its rows are about (and the objects their values
// point at) by asking the modules that own them: each owning module lists a source
// per type once (src/server/audit-names.ts gathers them; a test checks none is
// missing), and the audit module asks each source once per page with all its ids.
import type { NamedType } from '../../shared/audit-fields.ts';
import type { Executor } from '../db/client.ts';

export interface AuditNameSource {
  type: NamedType;
  /** the current names of those of `ids` that exist, in one query; an id left out no longer exists */
  namesOf(db: Executor, ids: readonly string[]): Promise<Map<string, string>>;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The ids that can be keys of a uuid column: anything else names nothing. */
export const uuidsAmong = (ids: readonly string[]) => ids.filter((id) => UUID.test(id));

/** The ids that can be keys of an integer column. */
export const integersAmong = (ids: readonly string[]) =>
  ids.filter((id) => /^[1-9][0-9]{0,9}$/.test(id) && Number(id) <= 2_147_483_647).map(Number);

/** Runs a source's query unless no id is left, and answers its rows as a map. */
export async function lookUpNames<K>(
  ids: K[],
  query: (ids: K[]) => Promise<{ id: string | number; name: string }[]>,
): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  return new Map((await query(ids)).map((r) => [String(r.id), r.name]));
}
