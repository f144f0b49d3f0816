// Which module owns each table: only the owner's repositories write it, and reads
// by another module go through the owner's service or one of the documented
// read-models below. Checked by `npm run lint` (scripts/lint/tables.ts) and shown
// in docs/architecture.md. A new table is added here with its owner.
export const TABLE_OWNERS = {
  admin_structure_versions: 'admin-units',
  admin_units: 'admin-units',
  admin_unit_mappings: 'admin-units',
  admin_unit_scopes: 'admin-units',
  users: 'users',
  role_grants: 'users',
  sessions: 'auth',
  producers: 'registry',
  producer_workforce: 'registry',
  producer_documents: 'registry',
  products: 'registry',
  product_code_sequences: 'registry',
  product_photos: 'photos',
  certificates: 'certificates',
  imports: 'imports',
  import_rows: 'imports',
  import_mappings: 'imports',
  rubric_versions: 'rubrics',
  procedure_versions: 'rubrics',
  self_assessments: 'self-assessment',
  self_assessment_evidence: 'self-assessment',
  audit_log: 'audit',
  audit_head: 'audit',
  audit_personal: 'audit',
  status_history: 'workflow',
  outbox: 'jobs',
  app_meta: 'seed',
  calendar_years: 'calendar',
  dossiers: 'dossiers',
  evaluation_rounds: 'dossiers',
  dossier_returns: 'dossiers',
  dossier_reviews: 'dossiers',
  registration_calls: 'ideas',
  product_ideas: 'ideas',
  certificate_counters: 'certificates',
  decisions: 'decisions',
  decision_items: 'decisions',
  result_complaints: 'decisions',
  councils: 'councils',
  council_members: 'councils',
  council_sessions: 'councils',
  session_items: 'councils',
  member_conflicts: 'councils',
  council_sheets: 'councils',
  certificate_events: 'certificates',
  revocations: 'certificates',
  notices: 'notices',
  notice_reads: 'notices',
  notice_deliveries: 'notices',
} as const;

export type OwnedTable = keyof typeof TABLE_OWNERS;

/** Columns written by a module other than the table's owner: the owner never writes them. */
export const COLUMN_OWNERS: Record<string, string> = {
  // a copy of the product's current certificate, for the lists: written by the certificates
  // table's triggers (migration 0012), whoever writes certificates; the state today is derived on reading
  'products.certificate_id': 'certificates',
  'products.certificate_stars': 'certificates',
  'products.certificate_status': 'certificates',
  'products.certificate_valid_until': 'certificates',
  'products.certificate_renewal_filed_on': 'certificates',
};

/**
 * Documented read-models: tables a module reads in its own SQL (joins for names,
 * scopes and natural keys) without going through the owner's service, with why.
 * Reading never writes; the owner may change these tables' columns only together
 * with the readers listed here.
 */
export const READ_MODELS: Record<string, { tables: readonly OwnedTable[]; why: string }[]> = {
  registry: [
    {
      tables: ['admin_units', 'admin_unit_scopes'],
      why: 'unit names in lists and in search, and the current scope of a new record’s place',
    },
    { tables: ['product_photos'], why: 'photo hashes are one signal of suspected duplicates' },
    {
      tables: ['certificates'],
      why: 'the certificate list and the recognition a product code depends on (lists read the copy on products)',
    },
  ],
  certificates: [
    { tables: ['products'], why: 'the copy of each product’s current certificate that the lists read' },
    {
      tables: ['producers', 'admin_units'],
      why: 'a printed certificate names the producer and where it is',
    },
  ],
  notices: [{ tables: ['producers'], why: 'a producer’s notices go to the phone and e-mail on its record' }],
  imports: [
    {
      tables: ['admin_units', 'admin_unit_mappings', 'admin_unit_scopes'],
      why: 'place names in a sheet resolve against both structures',
    },
    {
      tables: ['producers', 'products'],
      why: 'staged rows are matched to records by natural keys, and near-duplicates flagged',
    },
    {
      tables: ['certificates', 'dossiers'],
      why: 'a row whose recognition, revocation or open dossier is already recorded is a duplicate',
    },
  ],
  'self-assessment': [
    {
      tables: ['producers', 'products'],
      why: 'the sheet list shows product and producer names; access follows the product',
    },
    {
      tables: ['producer_workforce', 'admin_units', 'admin_unit_scopes'],
      why: 'the local-labour share is suggested from the workforce records',
    },
  ],
  rubrics: [{ tables: ['self_assessments'], why: 'a rubric version used by a sheet can no longer change' }],
  users: [
    { tables: ['admin_units'], why: 'grant lists show unit names' },
    { tables: ['producers'], why: 'grant lists show producer names' },
  ],
  auth: [
    {
      tables: ['users', 'role_grants', 'admin_units'],
      why: 'a session loads its user, grants and unit names',
    },
  ],
  photos: [{ tables: ['products'], why: 'a photo belongs to a product the caller may see' }],
  dossiers: [
    {
      tables: ['products', 'producers', 'admin_units'],
      why: 'a dossier is named by its product in the audit trail, and its lists show the product, producer and commune and are limited to the caller’s territory',
    },
  ],
  decisions: [
    {
      tables: ['products', 'producers'],
      why: 'a decision and its annex name the products it recognises and their producers',
    },
  ],
  councils: [
    {
      tables: ['dossiers', 'products', 'producers', 'users', 'admin_units'],
      why: 'a session lists its dossiers by product and producer, its members by name, a council by its province',
    },
  ],
  ideas: [
    {
      tables: ['producers', 'admin_units'],
      why: 'an idea lives where its producer lives: its lists show the producer and commune, are limited to the caller’s territory and roll up by commune',
    },
  ],
};
