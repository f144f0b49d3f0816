// Vietnamese first, English second. Strings live here by key; the choice is kept
// in localStorage and sent to the API as Accept-Language.
import { createContext, useContext, useState, type ReactNode } from 'react';

const vi = {
  appName: 'Nền tảng OCOP', appTagline: 'Chương trình Mỗi xã một sản phẩm',
  login: 'Đăng nhập', logout: 'Đăng xuất', email: 'Email', password: 'Mật khẩu', signingIn: 'Đang đăng nhập…',
  dashboard: 'Tổng quan', producers: 'Chủ thể OCOP', products: 'Sản phẩm', myProducer: 'Hồ sơ chủ thể', myProducts: 'Sản phẩm của tôi', selfAssessments: 'Tự đánh giá sản phẩm', rubrics: 'Bộ tiêu chí đánh giá',
  adminUnits: 'Đơn vị hành chính', unitMappings: 'Ánh xạ xã cũ → mới', users: 'Tài khoản', audit: 'Nhật ký kiểm toán', councilDossiers: 'Hồ sơ được giao',
  actingAs: 'Vai trò đang dùng', search: 'Tìm kiếm (không cần dấu)', page: 'Trang', of: 'trên', previous: 'Trước', next: 'Sau',
  empty: 'Không có dữ liệu phù hợp.', loading: 'Đang tải…', notFound: 'Không tìm thấy trang hoặc bạn không có quyền xem.',
  name: 'Tên', legalType: 'Loại hình', commune: 'Xã/phường', province: 'Tỉnh/thành', status: 'Trạng thái', stars: 'Hạng sao',
  productSet: 'Bộ sản phẩm', producer: 'Chủ thể', code: 'Mã', updated: 'Cập nhật', total: 'Tổng số', actions: 'Thao tác',
  changePassword: 'Đổi mật khẩu', currentPassword: 'Mật khẩu hiện tại', newPassword: 'Mật khẩu mới', save: 'Lưu', saved: 'Đã lưu',
  language: 'English', structure: 'Cấu trúc', level: 'Cấp', confidence: 'Độ tin cậy', oldUnit: 'Đơn vị cũ', newUnit: 'Đơn vị mới',
  note: 'Ghi chú', settle: 'Xác định', cancel: 'Hủy', welcome: 'Xin chào', noRole: 'Tài khoản chưa được phân quyền.',
  councilEmpty: 'Chưa có hồ sơ nào được giao cho hội đồng của bạn.', publicIntro: 'Tra cứu và quản lý sản phẩm OCOP: đăng ký, đánh giá, phân hạng, chứng nhận và hậu kiểm.',
  skip: 'Bỏ qua tới nội dung chính', all: 'Tất cả', action: 'Hành động', object: 'Đối tượng', actor: 'Người thực hiện', time: 'Thời gian',
  verify: 'Kiểm tra chuỗi', role: 'Vai trò', history: 'Lịch sử (cấu trúc cũ)', recordedIn: 'Ghi nhận theo',
  layoutProducer: 'Cổng chủ thể OCOP', layoutOfficer: 'Quản lý chương trình', layoutCouncil: 'Hội đồng đánh giá, phân hạng',
  registerProducer: 'Đăng ký chủ thể', selfRegister: 'Chủ thể tự đăng ký', taxCode: 'Mã số thuế', address: 'Địa chỉ (số nhà, thôn/xóm)',
  representative: 'Người đại diện theo pháp luật', sex: 'Giới tính', male: 'Nam', female: 'Nữ', ethnicity: 'Dân tộc', disability: 'Người khuyết tật',
  phone: 'Điện thoại', addProduct: 'Thêm sản phẩm', description: 'Mô tả', story: 'Câu chuyện sản phẩm', standards: 'Tiêu chuẩn, chứng nhận (cách nhau bởi dấu phẩy)',
  gtin: 'Mã vạch GTIN', legacyCode: 'Mã sản phẩm đã cấp trước đây', account: 'Tài khoản', fullName: 'Họ và tên', created: 'Đã tạo', changeHistory: 'Lịch sử thay đổi',
  placeOfProducer: 'Địa chỉ chủ thể (xã/phường hiện hành)', optional: '(không bắt buộc)', haveAccount: 'Đã có tài khoản?',
  imports: 'Nhập dữ liệu từ Excel', importKind: 'Loại danh sách', chooseFile: 'Tệp .xlsx hoặc .csv', upload: 'Tải lên và đọc tệp',
  mapping: 'Ghép cột', notInFile: '— không có trong tệp —', validate: 'Kiểm tra dữ liệu', commit: 'Ghi vào cơ sở dữ liệu',
  rows: 'dòng', valid: 'Hợp lệ', invalid: 'Có lỗi', review: 'Chờ rà soát', duplicate: 'Trùng', existing: 'Đã có trong hệ thống',
  rowNo: 'Dòng', problems: 'Lỗi / ghi chú', done: 'Hoàn tất', createdRecords: 'Đã tạo', saveMappingAs: 'Lưu cách ghép cột với tên', required: 'bắt buộc',
  duplicates: 'Sản phẩm nghi trùng lặp', exportXlsx: 'Xuất Excel', productsKind: 'Sản phẩm', producersKind: 'Chủ thể', sampleRows: 'Các dòng đầu của tệp',
};
type Dict = typeof vi;
const en: Dict = {
  appName: 'OCOP platform', appTagline: 'One Commune One Product programme',
  login: 'Sign in', logout: 'Sign out', email: 'Email', password: 'Password', signingIn: 'Signing in…',
  dashboard: 'Overview', producers: 'Producers', products: 'Products', myProducer: 'My producer record', myProducts: 'My products', selfAssessments: 'Self-assessment', rubrics: 'Score sheets',
  adminUnits: 'Administrative units', unitMappings: 'Old → new commune map', users: 'Accounts', audit: 'Audit log', councilDossiers: 'Assigned dossiers',
  actingAs: 'Acting as', search: 'Search (accents optional)', page: 'Page', of: 'of', previous: 'Previous', next: 'Next',
  empty: 'Nothing matches.', loading: 'Loading…', notFound: 'Page not found, or you may not see it.',
  name: 'Name', legalType: 'Legal type', commune: 'Commune', province: 'Province', status: 'Status', stars: 'Stars',
  productSet: 'Product set', producer: 'Producer', code: 'Code', updated: 'Updated', total: 'Total', actions: 'Actions',
  changePassword: 'Change password', currentPassword: 'Current password', newPassword: 'New password', save: 'Save', saved: 'Saved',
  language: 'Tiếng Việt', structure: 'Structure', level: 'Level', confidence: 'Confidence', oldUnit: 'Old unit', newUnit: 'New unit',
  note: 'Note', settle: 'Settle', cancel: 'Cancel', welcome: 'Welcome', noRole: 'This account has no role yet.',
  councilEmpty: 'No dossier is assigned to your council yet.', publicIntro: 'Find and manage OCOP products: registration, evaluation, star rating, certification and inspection.',
  skip: 'Skip to main content', all: 'All', action: 'Action', object: 'Object', actor: 'Actor', time: 'Time',
  verify: 'Verify chain', role: 'Role', history: 'History (old structure)', recordedIn: 'Recorded in',
  layoutProducer: 'Producer portal', layoutOfficer: 'Programme management', layoutCouncil: 'Evaluation council',
  registerProducer: 'Register a producer', selfRegister: 'Producer self-registration', taxCode: 'Tax code', address: 'Address (house, hamlet)',
  representative: 'Legal representative', sex: 'Sex', male: 'Male', female: 'Female', ethnicity: 'Ethnicity', disability: 'Person with disability',
  phone: 'Phone', addProduct: 'Add a product', description: 'Description', story: 'Product story', standards: 'Standards and certifications (comma-separated)',
  gtin: 'GTIN barcode', legacyCode: 'Product code issued earlier', account: 'Account', fullName: 'Full name', created: 'Created', changeHistory: 'Change history',
  placeOfProducer: 'Producer address (current commune or ward)', optional: '(optional)', haveAccount: 'Already have an account?',
  imports: 'Import from Excel', importKind: 'List of', chooseFile: '.xlsx or .csv file', upload: 'Upload and read the file',
  mapping: 'Column mapping', notInFile: '— not in the file —', validate: 'Check the data', commit: 'Write to the database',
  rows: 'rows', valid: 'Valid', invalid: 'With errors', review: 'Awaiting review', duplicate: 'Duplicate', existing: 'Already in the system',
  rowNo: 'Row', problems: 'Errors / notes', done: 'Done', createdRecords: 'Created', saveMappingAs: 'Save this mapping as', required: 'required',
  duplicates: 'Suspected duplicates', exportXlsx: 'Export to Excel', productsKind: 'Products', producersKind: 'Producers', sampleRows: 'First rows of the file',
};

export type Lang = 'vi' | 'en';
const I18nContext = createContext<{ lang: Lang; t: Dict; setLang(l: Lang): void }>({ lang: 'vi', t: vi, setLang: () => undefined });

export function currentLang(): Lang {
  return (typeof localStorage !== 'undefined' && localStorage.getItem('ocop.lang') === 'en') ? 'en' : 'vi';
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(currentLang());
  const setLang = (l: Lang) => {
    localStorage.setItem('ocop.lang', l);
    document.documentElement.lang = l;
    setLangState(l);
  };
  return <I18nContext.Provider value={{ lang, t: lang === 'vi' ? vi : en, setLang }}>{children}</I18nContext.Provider>;
}

export const useI18n = () => useContext(I18nContext);
