// Who may change which field of a producer's record. Its officers (commune and
// provincial officers whose territory covers it: policy.ts gives them `edit`) change
// everything. The producer itself keeps its contacts, its representative, its
// papers and its workforce up to date; what identifies it in law and where it is —
// name, legal type, tax code, business registration, address and commune — is
// changed by its officers once they have confirmed it. Until then (pending, or
// rejected and being corrected) the record is the producer's own declaration and it
// may change every field: the officer confirms what is there.
import type { UpdateProducerInput } from '../../shared/contracts/registry-write.ts';
import type { Role } from '../../shared/roles.ts';
import { isConfirmed, type ProducerStatus } from './producer.workflow.ts';

export type ProducerFieldName = Exclude<keyof UpdateProducerInput, 'expectedUpdatedAt'>;

/** Every field of the record, by who keeps it (a field added to the contract must be placed here). */
export const PRODUCER_FIELD_KEEPERS: Record<ProducerFieldName, 'officers' | 'producer'> = {
  name: 'officers',
  legalType: 'officers',
  taxCode: 'officers',
  registrationNo: 'officers',
  registrationDate: 'officers',
  addressLine: 'officers',
  unitId: 'officers',
  representativeName: 'producer',
  representativeSex: 'producer',
  representativeEthnicity: 'producer',
  representativeDisability: 'producer',
  phone: 'producer',
  email: 'producer',
  website: 'producer',
  documents: 'producer',
  workforce: 'producer',
};

export const PRODUCER_FIELDS = Object.keys(PRODUCER_FIELD_KEEPERS) as ProducerFieldName[];

/**
 * The fields this role may change on a record in this status, given that the policy
 * lets it edit the record at all (`canEdit`); none otherwise.
 */
export function editableProducerFields(
  role: Role,
  status: ProducerStatus,
  canEdit: boolean,
): ProducerFieldName[] {
  if (!canEdit) return [];
  if (role !== 'producer' || !isConfirmed(status)) return PRODUCER_FIELDS;
  return PRODUCER_FIELDS.filter((f) => PRODUCER_FIELD_KEEPERS[f] === 'producer');
}
