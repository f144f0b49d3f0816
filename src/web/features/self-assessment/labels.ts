// Words of the self-assessment pages, Vietnamese first.
export const LABELS = {
  vi: {
    start: 'Bắt đầu tự đánh giá', product: 'Sản phẩm', year: 'Năm đánh giá', reuse: 'Dùng lại câu trả lời và minh chứng của năm trước', open: 'Mở phiếu',
    sheet: 'Phiếu tự đánh giá', noneOption: 'Chưa đáp ứng mức nào', points: 'điểm', evidence: 'Minh chứng', addEvidence: 'Thêm minh chứng (PDF, ảnh, Word/Excel; tối đa 10 MB)',
    comment: 'Giải trình (minh chứng cho thấy gì)', saveDraft: 'Lưu nháp', saving: 'Đang lưu…', unsaved: 'Có thay đổi chưa lưu', allSaved: 'Đã lưu mọi thay đổi',
    finalise: 'Hoàn tất phiếu', reopen: 'Mở lại để sửa', pdf: 'In phiếu (PDF)', predicted: 'Dự kiến', total: 'Tổng điểm', stars: 'sao',
    blocked: 'Tiêu chí có dấu sao chưa đạt', toReach: (n: number) => `Để đạt ${n} sao`, missing: (n: number) => `còn thiếu ${n} điểm`,
    step: (from: number, to: number, gain: number) => `nâng từ mức ${from} lên mức ${to} (+${gain} điểm)`, markerStep: 'yêu cầu tối thiểu',
    unreachable: 'Không đạt được chỉ bằng các tiêu chí có thể cải thiện.', topStar: 'Phiếu đạt mức cao nhất.', hasStory: 'Sản phẩm có câu chuyện sản phẩm',
    notApplicable: 'Không áp dụng khi sản phẩm chưa có câu chuyện', categorical: 'Thông tin về chủ thể (không phải mức chất lượng)', rules: 'Quy định kèm theo',
    disqualified: 'Có căn cứ loại / dừng đánh giá', final: 'Đã hoàn tất', draft: 'Bản nháp', unverified: 'Bản chép chưa đối chiếu văn bản chính thức',
    conflict: 'Phiếu vừa được người khác lưu. Tải lại trang để xem bản mới nhất.', empty: 'Chưa có phiếu tự đánh giá nào.', noProducts: 'Chưa có sản phẩm nào để tự đánh giá.',
    band: (n: number) => `theo điểm ${n} sao`, marker: 'giới hạn bởi tiêu chí có dấu sao', part: 'Phần', remove: 'Xóa', minStar: (n: number) => `tối thiểu ${n} sao`,
    advisory: 'Kết quả tự đánh giá để tham khảo; hạng sao do Hội đồng quyết định.',
    suggestion: (local: number, total: number, percent: number, level: 'commune' | 'district', asOf: string | null, position: number) =>
      `Theo số liệu lao động của chủ thể${asOf ? ` (ngày ${asOf.split('-').reverse().join('/')})` : ''}: ${local}/${total} lao động (${percent.toFixed(0)}%) cư trú trên địa bàn cấp ${level === 'commune' ? 'xã' : 'huyện'} → ${position ? `mức ${position}` : 'chưa đạt mức nào'}.`,
    useSuggestion: 'Dùng gợi ý',
  },
  en: {
    start: 'Start a self-assessment', product: 'Product', year: 'Year', reuse: "Reuse last year's answers and evidence", open: 'Open the sheet',
    sheet: 'Self-assessment sheet', noneOption: 'Meets none of the options', points: 'points', evidence: 'Evidence', addEvidence: 'Add evidence (PDF, image, Word/Excel; up to 10 MB)',
    comment: 'Explanation (what the evidence shows)', saveDraft: 'Save draft', saving: 'Saving…', unsaved: 'Unsaved changes', allSaved: 'All changes saved',
    finalise: 'Finalise', reopen: 'Reopen to edit', pdf: 'Print (PDF)', predicted: 'Predicted', total: 'Total', stars: 'stars',
    blocked: 'Star markers not met', toReach: (n: number) => `To reach ${n} stars`, missing: (n: number) => `${n} points missing`,
    step: (from: number, to: number, gain: number) => `raise from level ${from} to ${to} (+${gain} points)`, markerStep: 'minimum requirement',
    unreachable: 'Not reachable through the criteria one can improve.', topStar: 'The sheet reaches the highest level.', hasStory: 'The product has a product story',
    notApplicable: 'Not applicable while the product has no story', categorical: 'A fact about the producer (not a quality level)', rules: 'Rules attached',
    disqualified: 'Grounds for exclusion / evaluation stopped', final: 'Final', draft: 'Draft', unverified: 'Transcript not yet checked against the official text',
    conflict: 'Someone else saved this sheet meanwhile. Reload to see the latest version.', empty: 'No self-assessment yet.', noProducts: 'No product to assess yet.',
    band: (n: number) => `${n} stars by points`, marker: 'limited by a star marker', part: 'Part', remove: 'Remove', minStar: (n: number) => `minimum for ${n} stars`,
    advisory: 'A self-assessment for guidance; the star rating is decided by the council.',
    suggestion: (local: number, total: number, percent: number, level: 'commune' | 'district', asOf: string | null, position: number) =>
      `From the producer's workforce records${asOf ? ` (as of ${asOf})` : ''}: ${local}/${total} workers (${percent.toFixed(0)}%) live in the ${level} → ${position ? `level ${position}` : 'no level reached'}.`,
    useSuggestion: 'Use the suggestion',
  },
};
export type Labels = (typeof LABELS)['vi'];
