// The producer's forms of a complete dossier (Mẫu 01, Mẫu 02 parts I, II, IV, the
// samples) for the Hàm Rồng nem chua cooperative, as the HTTP tests save them.
export const NEM_CHUA_FORMS = {
  form01: {
    representative: 'Trịnh Thị Hoa',
    title: 'Giám đốc',
    phone: '0912345678',
    email: null,
    commitment: true,
  },
  general: {
    foundedYear: 2016,
    members: 9,
    workers: 14,
    facilities: 'Xưởng chế biến 200 m²',
    productDescription: 'Nem chua gói lá chuối',
    rawMaterials: 'Thịt lợn, bì lợn của các hộ trong phường',
    process: 'Xay, trộn, gói, ủ 3 ngày',
  },
  business: [
    { year: 2024, output: '8 tấn', revenue: 1200, profit: 150 },
    { year: 2025, output: '10 tấn', revenue: 1600, profit: 210 },
  ],
  plan: {
    goals: 'Đạt 4 sao năm 2027',
    markets: 'Hà Nội, TP. Hồ Chí Minh',
    investments: 'Máy hút chân không',
  },
};

/** the hand-over of the 5 samples on a day */
export const samplesOn = (day: string) => ({
  count: 5,
  handedOverOn: day,
  receivedBy: 'Văn phòng UBND phường Hàm Rồng',
});
