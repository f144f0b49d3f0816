// The words of a self-assessment sheet's prediction, Vietnamese first: said the same
// way on the page and on the printed sheet (Mẫu 02, part III). What is said follows
// src/domain/self-assessment/prediction.ts: no star before an answer, blocked markers
// once per criterion, and a shortfall in points, in markers, or in both.
export interface NeedWords {
  level: number;
  position: number;
}

const listVi = (codes: string[]) => `tiêu chí ${codes.join(', ')}`;
const listEn = (codes: string[]) =>
  codes.length === 1 ? `criterion ${codes[0]} is` : `criteria ${codes.join(', ')} are`;

export const PREDICTION_WORDS = {
  vi: {
    notAssessed: 'Chưa có dự kiến',
    notAssessedHint:
      'Chưa trả lời tiêu chí nào. Chọn mức đáp ứng (hoặc "Chưa đáp ứng mức nào") cho từng tiêu chí để xem điểm và hạng sao dự kiến.',
    answered: (n: number, of: number) => `Đã trả lời ${n}/${of} tiêu chí`,
    /** chosen: the position now (0 = none, null = not answered); left out where the option is in sight */
    needs: (needs: NeedWords[], chosen?: number | null) =>
      `cần ${needs.map((n) => `mức ${n.position} cho ${n.level} sao`).join(', ')}${
        chosen === undefined
          ? ''
          : ` (${chosen === null ? 'chưa trả lời' : chosen === 0 ? 'đang: chưa đáp ứng mức nào' : `đang chọn mức ${chosen}`})`
      }`,
    shortfall: (target: number, points: number, markers: string[]) =>
      `Để đạt ${target} sao: ${
        points > 0 && markers.length
          ? `còn thiếu ${points} điểm và ${listVi(markers)} chưa đạt mức tối thiểu`
          : points > 0
            ? `còn thiếu ${points} điểm`
            : `đã đủ điểm, nhưng ${listVi(markers)} chưa đạt mức tối thiểu`
      }`,
  },
  en: {
    notAssessed: 'No prediction yet',
    notAssessedHint:
      'No criterion is answered yet. Choose the level met (or "Meets none of the options") for each criterion to see the predicted points and star.',
    answered: (n: number, of: number) => `${n} of ${of} criteria answered`,
    needs: (needs: NeedWords[], chosen?: number | null) =>
      `needs ${needs.map((n) => `level ${n.position} for ${n.level} stars`).join(', ')}${
        chosen === undefined
          ? ''
          : ` (${chosen === null ? 'not answered' : chosen === 0 ? 'now: meets none' : `now: level ${chosen}`})`
      }`,
    shortfall: (target: number, points: number, markers: string[]) =>
      `To reach ${target} stars: ${
        points > 0 && markers.length
          ? `${points} points missing, and ${listEn(markers)} below the minimum level`
          : points > 0
            ? `${points} points missing`
            : `the points suffice, but ${listEn(markers)} below the minimum level`
      }`,
  },
};
export type PredictionWords = (typeof PREDICTION_WORDS)['vi'];
