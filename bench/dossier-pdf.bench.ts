// Printing a dossier's Mẫu 02 as PDF: a dossier of set 7 with its forms, a fully
// answered self-assessment and an evidence list long enough to bring the report to
// about 40 pages, printed through the service the API calls (access check, reads,
// layout, fonts, page numbers). The evidence rows are written straight into the
// table, past the five per criterion an upload allows, so that the list reaches the
// size of the largest reports. Beside it, in the same run, the floor of any PDF: one
// blank A4 page from pdfkit. The world is built on the embedded engine from the test
// template, with the factories the HTTP tests use.
import { existsSync } from 'node:fs';
import PDFDocument from 'pdfkit';
import type { Grant } from '../src/domain/access/policy.ts';
import { fixedDateClock } from '../src/server/core/clock.ts';
import { SYSTEM_ACTOR } from '../src/server/core/actor.ts';
import { openDatabase } from '../src/server/db/client.ts';
import { selfAssessmentEvidence } from '../src/server/db/schema/index.ts';
import { createDossier, saveDossier } from '../src/server/modules/dossiers/dossier-filing.service.ts';
import { dossierFormPdf } from '../src/server/modules/dossiers/dossier-forms.pdf.ts';
import {
  createAssessment,
  saveAssessment,
} from '../src/server/modules/self-assessment/self-assessment.service.ts';
import { makeDeps, seedProducerInUnit, unit } from '../test/support/factories.ts';
import { readPdf } from '../test/support/pdf.ts';
import { bestAnswers, setOf } from '../test/support/rubrics.ts';
import { buildPgliteTemplate, PGLITE_TEMPLATE, pgliteTemplateBlob } from '../test/support/templates.ts';

export interface DossierPdfBench {
  pages: number;
  evidence: number;
  runs: number;
  medianMs: number;
  p95Ms: number;
  floorMedianMs: number;
  floorP95Ms: number;
}

/** evidence files per criterion of set 7 (32 criteria): 768 rows, which bring Mẫu 02 to about 40 pages */
const FILES_PER_CRITERION = 24;

const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];

async function timed(runs: number, work: () => Promise<unknown>) {
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await work();
    ms.push(performance.now() - t);
  }
  return { median: pct(ms, 50), p95: pct(ms, 95) };
}

function blankPage(): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4' });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.end();
  return done;
}

/** A dossier of set 7 with its forms filled and its sheet answered, and `files` evidence rows per criterion. */
async function seedDossier(deps: ReturnType<typeof makeDeps>, files: number) {
  const producer = await seedProducerInUnit(deps, unit('14758'), {
    name: 'Hợp tác xã Nem chua Hàm Rồng',
    products: ['Nem chua Hàm Rồng'],
  });
  const productId = producer.productIds[0];
  const grant: Grant = {
    id: 'bench',
    role: 'producer',
    scopeKind: 'producer',
    unitId: null,
    unitLevel: null,
    producerId: producer.id,
    councilId: null,
    roundId: null,
  };
  const { set } = setOf('qd26-2026', 7);
  const sheet = await createAssessment(deps, grant, SYSTEM_ACTOR, {
    productId,
    year: 2027,
    reusePrevious: false,
  });
  await saveAssessment(deps, grant, SYSTEM_ACTOR, sheet.id, {
    answers: bestAnswers(set),
    facts: { hasStory: true },
    expectedUpdatedAt: sheet.updatedAt,
  });
  const codes = set.parts.flatMap((p) => p.sections.flatMap((s) => s.criteria.map((c) => c.code)));
  const rows = codes.flatMap((criterion) =>
    Array.from({ length: files }, (_, n) => ({
      assessmentId: sheet.id,
      criterion,
      storageKey: `evidence/${sheet.id}/${criterion}-${n}.pdf`,
      fileName: `Hóa đơn, hợp đồng minh chứng tiêu chí ${criterion} số ${n + 1}.pdf`,
      mime: 'application/pdf',
      bytes: 180_000 + n * 1_024,
      sha256: `${criterion}-${n}`.padEnd(64, '0'),
    })),
  );
  await deps.database.db.insert(selfAssessmentEvidence).values(rows);
  const { id } = await createDossier(deps, grant, SYSTEM_ACTOR, { productId, kind: 'first' });
  await saveDossier(deps, grant, SYSTEM_ACTOR, id, {
    version: 1,
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
    business: [{ year: 2025, output: '10 tấn', revenue: 1600, profit: 210 }],
    plan: { goals: 'Đạt 4 sao năm 2027', markets: 'Hà Nội', investments: 'Máy hút chân không' },
    samples: { count: 5, handedOverOn: '2027-01-29', receivedBy: 'Văn phòng UBND phường Hàm Rồng' },
  });
  return { id, grant, evidence: rows.length };
}

export async function benchDossierPdf(runs = 15): Promise<DossierPdfBench> {
  if (!existsSync(PGLITE_TEMPLATE)) await buildPgliteTemplate();
  const database = await openDatabase({ loadDataDir: pgliteTemplateBlob() });
  try {
    const deps = makeDeps(database);
    deps.clock = fixedDateClock('2027-02-01');
    const { id, grant, evidence } = await seedDossier(deps, FILES_PER_CRITERION);
    const print = () => dossierFormPdf(deps, grant, id, '02');
    const { data } = await print(); // warm: fonts parsed, statements prepared
    const report = await timed(runs, print);
    await blankPage();
    const floor = await timed(runs * 4, blankPage);
    return {
      pages: readPdf(data).pages,
      evidence,
      runs,
      medianMs: report.median,
      p95Ms: report.p95,
      floorMedianMs: floor.median,
      floorP95Ms: floor.p95,
    };
  } finally {
    await database.close();
  }
}
