// The minutes of a session of the council for evaluating and ranking OCOP products
// (Biên bản họp Hội đồng đánh giá, phân hạng sản phẩm OCOP), laid out as Decree
// 30/2020 asks. Under QĐ 26/2026 each council sets its own quorum, averaging,
// divergence and marker rules (DOMAIN.md §4.6), so the minutes print the rules the
// results were computed with beside the results: I when and where (or the written
// opinions of a re-evaluation, Art. 7.6), II who attended and whether the quorum held,
// III per product the declared conflicts, every member's total (first, re-scored,
// corrected after closing, with the reason), the re-scoring asked, the result with its
// flags, then a summary of all products; IV the closing line and the two signatures.
// A pure renderer: the caller gathers the data; until the session is closed every
// page is marked as a draft. Stars are written as numbers ("4 sao"): Tinos has no star glyph.
import type { MemberPosition } from '../../../domain/councils/council-rules.ts';
import { formatDate, formatTime } from '../../../shared/format.ts';
import * as F from '../../documents/official-form.ts';
import { DOTS } from '../../documents/official-form.ts';
import { signaturePair } from '../../documents/signature-pair.ts';

export interface MinutesData {
  council: {
    name: string;
    level: 'province' | 'central';
    provinceName: string | null;
    establishedBy: string;
    establishedOn: string | null;
  };
  session: {
    title: string;
    meetingOn: string;
    place: string;
    mode: 'meeting' | 'writtenOpinion';
    metOn: string | null;
    openedAt: string | null;
    closedAt: string | null;
  };
  rules: {
    total: 'mean' | 'median';
    divergencePoints: number;
    levelGap: number;
    markers: 'majority' | 'all';
    quorum: { share: { present: number; of: number }; chairPresent: boolean };
  };
  quorum: { present: number; members: number; needed: number; chairPresent: boolean };
  members: { fullName: string; position: MemberPosition; agency: string; present: boolean }[];
  items: MinutesItem[];
  chair: string | null;
  secretary: string | null;
  /** true while the session is not closed: every page marked BẢN NHÁP */
  draft: boolean;
  /** the minutes' number once registered ("12/BB-HĐOCOP"); dotted when absent */
  number?: string | null;
}

export interface MinutesItem {
  position: number;
  productName: string;
  productCode: string | null;
  producerName: string;
  setNo: number;
  conflicts: { fullName: string; reason: string }[];
  /** every member who scored: first total, re-scored total, and a correction after closing */
  sheets: {
    fullName: string;
    first: number | null;
    rescored: number | null;
    corrected: { total: number; reason: string } | null;
  }[];
  rescoring: { fullName: string; criteria: string[] }[] | null;
  result: {
    totalDisplay: string;
    stars: number;
    bandStars: number;
    markerStars: number;
    certifiable: boolean;
    disqualified: boolean;
    divergent: { fullName: string; total: number; median: number }[];
    disagreements: { criterion: string; lowest: number; highest: number }[];
    failedMarkers: { criterion: string; level: number; metBy: number }[];
  } | null;
}

type Result = NonNullable<MinutesItem['result']>;

const POSITION_WORDS: Record<MemberPosition, string> = {
  chair: 'Chủ tịch',
  viceChair: 'Phó Chủ tịch',
  member: 'Thành viên',
  secretary: 'Thư ký',
};
const TABLES = {
  members: {
    heads: ['TT', 'Họ và tên', 'Chức danh trong Hội đồng', 'Cơ quan, đơn vị', 'Tham dự'],
    shares: [7, 25, 20, 34, 14],
    align: 'clllc',
  },
  sheets: {
    heads: ['TT', 'Thành viên chấm điểm', 'Điểm lần đầu', 'Điểm chấm lại', 'Điều chỉnh sau khi đóng phiên'],
    shares: [7, 29, 14, 14, 36],
    align: 'clccl',
  },
  summary: {
    heads: ['TT', 'Tên sản phẩm', 'Chủ thể', 'Điểm', 'Hạng sao', 'Kết luận'],
    shares: [6, 25, 27, 10, 12, 20],
    align: 'cllccl',
  },
} satisfies Record<string, F.Columns>;
const INDENT = 18;

const dayOf = (iso: string | null) => (iso ? formatDate(iso, 'vi') : DOTS);
/** a member's total as the result prints its mean: two decimals only when there is a fraction */
const points = (n: number | null) => (n == null ? '—' : Number.isInteger(n) ? String(n) : n.toFixed(2));
/** "08 giờ 30, ngày 15/05/2027", or the dotted line for the hand */
function clockLine(instant: string | null) {
  if (!instant) return '…… giờ …… phút, ngày ……';
  const [hh, mm] = formatTime(instant).split(':');
  return `${hh} giờ ${mm}, ngày ${formatDate(instant, 'vi')}`;
}

export async function renderMinutes(data: MinutesData): Promise<Buffer> {
  const { council, session } = data;
  const f = F.openForm({ title: `Biên bản họp — ${session.title}`, author: council.name });
  const central = council.level === 'central';
  const upper = (s: string) => s.toLocaleUpperCase('vi');
  const managing = central
    ? 'BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG'
    : `UBND TỈNH ${upper(council.provinceName ?? DOTS)}`;
  const place = central ? 'Hà Nội' : council.provinceName;
  F.header(f, {
    issuer: [managing, upper(council.name)],
    docNumber: `Số: ${data.number ?? `${DOTS}/BB-HĐ`}`,
    placeDate: F.placeDateLine(place, session.metOn ?? session.meetingOn),
  });
  F.formTitle(f, 'BIÊN BẢN', 'Họp Hội đồng đánh giá, phân hạng sản phẩm OCOP', session.title);
  const established = council.establishedOn ? ` ngày ${dayOf(council.establishedOn)}` : '';
  F.paragraph(f, `Căn cứ ${council.establishedBy}${established} về việc thành lập ${council.name};`, {
    face: 'italic',
  });
  printWhenWhere(f, data);
  printAttendance(f, data);
  // the part's heading stays with its first product's head
  F.keepTogether(f, 240);
  F.heading(f, ['III. KẾT QUẢ CHẤM ĐIỂM, PHÂN HẠNG SẢN PHẨM']);
  for (const item of data.items) printItem(f, item, data.rules.total);
  printSummary(f, data.items);
  F.heading(f, ['IV. KẾT THÚC']);
  F.paragraph(
    f,
    `Biên bản kết thúc lúc ${clockLine(session.closedAt)}; đã được đọc lại cho các thành viên dự họp cùng nghe và thống nhất.`,
  );
  const note = '(Ký, ghi rõ họ tên)';
  signaturePair(
    f,
    { title: 'THƯ KÝ', note, name: data.secretary },
    { title: 'CHỦ TỊCH HỘI ĐỒNG', note, name: data.chair },
  );
  const footer = `Biên bản họp Hội đồng · ${session.title}`;
  return F.finishForm(f, footer, data.draft ? 'BẢN NHÁP' : undefined);
}

function printWhenWhere(f: F.OfficialForm, { session }: MinutesData) {
  F.heading(f, ['I. THỜI GIAN, ĐỊA ĐIỂM, HÌNH THỨC']);
  if (session.mode === 'writtenOpinion') {
    F.fields(f, [['- Hình thức', 'Lấy ý kiến bằng văn bản (đánh giá lại, Điều 7.6 QĐ 26/2026)']], INDENT);
    F.fields(f, [['- Thời hạn gửi phiếu ý kiến', dayOf(session.meetingOn)]], INDENT);
    if (session.metOn) F.fields(f, [['- Hội đồng họp thống nhất ý kiến ngày', dayOf(session.metOn)]], INDENT);
    F.fields(f, [['- Địa điểm tổng hợp ý kiến', session.place]], INDENT);
    return;
  }
  const opened = session.openedAt ? clockLine(session.openedAt) : dayOf(session.metOn ?? session.meetingOn);
  F.fields(
    f,
    [
      ['- Hình thức', 'Họp trực tiếp'],
      ['- Thời gian bắt đầu', opened],
      ['- Địa điểm', session.place],
    ],
    INDENT,
  );
}

function printAttendance(f: F.OfficialForm, { members, quorum, rules }: MinutesData) {
  F.heading(f, ['II. THÀNH PHẦN THAM DỰ']);
  const rows = members.map((m, i) => [
    String(i + 1),
    m.fullName,
    POSITION_WORDS[m.position],
    m.agency,
    m.present ? 'Có mặt' : 'Vắng',
  ]);
  F.table(f, TABLES.members, rows);
  const share = `≥ ${rules.quorum.share.present}/${rules.quorum.share.of}${rules.quorum.chairPresent ? ', có Chủ tịch' : ''}`;
  const chairMissing = rules.quorum.chairPresent && !quorum.chairPresent;
  const enough = quorum.present >= quorum.needed && !chairMissing;
  const verdict = enough
    ? 'đủ điều kiện tiến hành'
    : `không đủ điều kiện tiến hành${chairMissing ? ' (vắng Chủ tịch)' : ''}`;
  F.paragraph(
    f,
    `Có mặt ${quorum.present}/${quorum.members} thành viên chấm điểm (quy chế: ${share}; cần tối thiểu ${quorum.needed}) — ${verdict}.`,
    { face: 'bold' },
  );
  const total =
    rules.total === 'mean'
      ? 'trung bình cộng tổng điểm của các thành viên'
      : 'trung vị tổng điểm của các thành viên';
  const markers = rules.markers === 'all' ? 'tất cả' : 'quá nửa số';
  F.paragraph(f, 'Quy chế tính kết quả của Hội đồng:');
  for (const line of [
    `- Điểm của sản phẩm là ${total}; hạng sao xác định trên điểm này và các tiêu chí có dấu sao.`,
    `- Thành viên có tổng điểm chênh lệch quá ${rules.divergencePoints} điểm so với trung vị được đề nghị thảo luận, chấm lại.`,
    `- Tiêu chí mà các thành viên chọn cách nhau từ ${rules.levelGap} mức trở lên được đưa ra thảo luận.`,
    `- Tiêu chí có dấu sao được coi là đạt khi ${markers} phiếu chấm đạt mức yêu cầu.`,
  ])
    F.paragraph(f, line, { indent: INDENT });
}

function printItem(f: F.OfficialForm, item: MinutesItem, total: 'mean' | 'median') {
  F.keepTogether(f, 200);
  F.heading(f, [`${item.position}. ${item.productName}`]);
  F.fields(
    f,
    [
      ['- Mã sản phẩm', item.productCode],
      ['- Chủ thể', item.producerName],
      ['- Bộ sản phẩm số', String(item.setNo)],
    ],
    INDENT,
  );
  const conflicts = item.conflicts.length
    ? item.conflicts.map((c) => `${c.fullName} (${c.reason})`).join('; ')
    : 'không có';
  F.paragraph(f, `- Thành viên khai báo xung đột lợi ích, không chấm sản phẩm này: ${conflicts}.`, {
    indent: INDENT,
  });
  f.doc.moveDown(0.3);
  const rows = item.sheets.map((s, i) => [
    String(i + 1),
    s.fullName,
    points(s.first),
    points(s.rescored),
    s.corrected ? `${points(s.corrected.total)} — lý do: ${s.corrected.reason}` : '—',
  ]);
  F.table(f, TABLES.sheets, rows);
  if (item.rescoring?.length) {
    F.paragraph(f, '- Đề nghị chấm lại:', { indent: INDENT });
    for (const r of item.rescoring)
      F.paragraph(f, `+ ${r.fullName}: tiêu chí ${r.criteria.join(', ')}`, { indent: 2 * INDENT });
  }
  if (item.result) printResult(f, item.result, item.sheets.length, total);
  else F.paragraph(f, '- Kết quả: chưa đủ phiếu chấm để tính kết quả.', { indent: INDENT, face: 'italic' });
  f.doc.moveDown(0.5);
}

function printResult(f: F.OfficialForm, r: Result, sheets: number, total: 'mean' | 'median') {
  const label = total === 'mean' ? 'Điểm trung bình' : 'Điểm trung vị';
  F.paragraph(f, `${label}: ${r.totalDisplay} — Xếp hạng: ${r.stars} sao`, { indent: INDENT, face: 'bold' });
  const lines: string[] = [];
  if (r.markerStars < r.bandStars)
    lines.push(
      `Điểm đạt mức ${r.bandStars} sao nhưng chưa đạt các tiêu chí có dấu sao của hạng ${r.markerStars + 1} nên xếp hạng ${r.stars} sao.`,
    );
  for (const d of r.divergent)
    lines.push(
      `Chênh lệch điểm: ${d.fullName} chấm ${points(d.total)} điểm, trung vị ${points(d.median)} điểm.`,
    );
  for (const d of r.disagreements)
    lines.push(`Tiêu chí ${d.criterion}: các thành viên chọn từ mức ${d.lowest} đến mức ${d.highest}.`);
  for (const m of r.failedMarkers)
    lines.push(
      `Tiêu chí có dấu sao chưa đạt: ${m.criterion} (yêu cầu của hạng ${m.level} sao), ${m.metBy}/${sheets} phiếu đạt.`,
    );
  for (const line of lines) F.paragraph(f, `- ${line}`, { indent: INDENT });
  F.paragraph(f, `- Kết luận: ${conclusion(r)}.`, { indent: INDENT, face: 'bold' });
}

function conclusion(r: Result) {
  if (r.disqualified) return 'Hồ sơ bị loại — không đủ điều kiện công nhận';
  return r.certifiable ? 'Đủ điều kiện công nhận' : 'Không đủ điều kiện công nhận';
}

function printSummary(f: F.OfficialForm, items: MinutesItem[]) {
  F.keepTogether(f, 120);
  F.heading(f, ['Tổng hợp kết quả đánh giá, phân hạng:']);
  const rows = items.map((item, i) => [
    String(i + 1),
    item.productName,
    item.producerName,
    item.result?.totalDisplay ?? '—',
    item.result ? `${item.result.stars} sao` : '—',
    item.result ? conclusion(item.result).replace(/ — .*/, '') : 'Chưa có kết quả',
  ]);
  F.table(f, TABLES.summary, rows);
}
