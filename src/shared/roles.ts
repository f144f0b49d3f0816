// Roles of the programme and the scopes they can be granted on. Names follow the
// glossary in DOMAIN.md; labels are shown in the UI and in error messages.
export const ROLES = [
  'producer',
  'commune_officer',
  'province_officer',
  'council_member',
  'advisory_member',
  'central_officer',
  'inspector',
  'system_admin',
] as const;
export type Role = (typeof ROLES)[number];

export const SCOPE_KINDS = ['unit', 'producer', 'council', 'round', 'nation'] as const;
export type ScopeKind = (typeof SCOPE_KINDS)[number];

/** Which scope kind each role may be granted on. */
export const ROLE_SCOPES: Record<Role, readonly ScopeKind[]> = {
  producer: ['producer'],
  commune_officer: ['unit'],
  province_officer: ['unit'],
  council_member: ['council', 'round'],
  advisory_member: ['council', 'round'],
  central_officer: ['nation'],
  inspector: ['unit', 'nation'],
  system_admin: ['nation'],
};

export const SCOPE_LABELS: Record<ScopeKind, { vi: string; en: string }> = {
  unit: { vi: 'đơn vị hành chính', en: 'an administrative unit' },
  producer: { vi: 'chủ thể OCOP', en: 'a producer record' },
  council: { vi: 'hội đồng', en: 'a council' },
  round: { vi: 'đợt đánh giá', en: 'an evaluation round' },
  nation: { vi: 'toàn quốc', en: 'the nation' },
};

export const ROLE_LABELS: Record<Role, { vi: string; en: string }> = {
  producer: { vi: 'Chủ thể OCOP', en: 'Producer' },
  commune_officer: { vi: 'Cán bộ cấp xã', en: 'Commune officer' },
  province_officer: { vi: 'Cán bộ OCOP cấp tỉnh', en: 'Provincial OCOP officer' },
  council_member: { vi: 'Thành viên hội đồng', en: 'Council member' },
  advisory_member: { vi: 'Thành viên tổ tư vấn', en: 'Advisory-group member' },
  central_officer: { vi: 'Cán bộ trung ương (Bộ NN&MT)', en: 'Central (ministry) officer' },
  inspector: { vi: 'Cán bộ kiểm tra', en: 'Inspector' },
  system_admin: { vi: 'Quản trị hệ thống', en: 'System administrator' },
};
