// The administrative structures the platform knows, by version id: the three-tier
// structure in force to 30 June 2025 and the two-tier one from 1 July 2025
// (Resolution 202/2025/QH15 merged provinces; districts were abolished). Records
// name a unit as `<version>:<GSO code>`.
export const PREVIOUS_STRUCTURE = 'vn-3tier';
export const CURRENT_STRUCTURE = 'vn-2tier-2025';

export const unitIdOf = (versionId: string, code: string) => `${versionId}:${code}`;
