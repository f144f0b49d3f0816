// Error codes of life after certification (part of ERRORS in errors.ts): renewals
// filed in their window, revocations on their grounds with their decision.
export const LIFECYCLE_ERRORS = {
  RENEWAL_OUTSIDE_WINDOW: {
    status: 409,
    vi: 'Chỉ nộp hồ sơ đánh giá lại trong khoảng 180 đến 120 ngày trước ngày hết hiệu lực: từ {opens} đến hết {closes}',
    en: 'A renewal is filed from 180 to 120 days before expiry: from {opens} to {closes}',
  },
  RENEWAL_ALREADY_FILED: {
    status: 409,
    vi: 'Giấy chứng nhận này đã có hồ sơ đánh giá lại đang chờ quyết định',
    en: 'A renewal of this certificate is already awaiting its decision',
  },
  RENEWAL_NO_DATES: {
    status: 409,
    vi: 'Giấy chứng nhận chưa có ngày hết hiệu lực trong sổ; đề nghị cơ quan quản lý OCOP bổ sung ngày quyết định trước khi nộp đánh giá lại',
    en: 'The certificate has no expiry date on record; ask the OCOP office to record its decision date before filing a renewal',
  },
  CERTIFICATE_NOT_IN_FORCE: {
    status: 409,
    vi: 'Giấy chứng nhận không còn hiệu lực ({state}); không thể thu hồi',
    en: 'The certificate is no longer in force ({state}); it cannot be revoked',
  },
  REVOCATION_EXISTS: {
    status: 409,
    vi: 'Giấy chứng nhận này đã có hồ sơ thu hồi ({status})',
    en: 'This certificate already has a revocation ({status})',
  },
  REVOCATION_NOT_OPEN: {
    status: 409,
    vi: 'Hồ sơ thu hồi không còn chờ quyết định ({status})',
    en: 'The revocation is no longer awaiting its decision ({status})',
  },
  REVOCATION_AUTHORITY: {
    status: 403,
    vi: 'Thu hồi giấy chứng nhận {stars} sao thuộc thẩm quyền của {authority}',
    en: 'Revoking a {stars}-star certificate is for {authorityEn}',
  },
  REVOCATION_DECISION_REQUIRED: {
    status: 400,
    vi: 'Cần tải lên quyết định thu hồi đã ký (PDF) cùng số và ngày quyết định',
    en: 'Upload the signed revocation decision (PDF) with its number and date',
  },
  DATE_IN_FUTURE: {
    status: 400,
    vi: '{field} không thể sau ngày hôm nay',
    en: '{fieldEn} cannot be after today',
  },
} as const;
