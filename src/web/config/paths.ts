// Every path of the web app in one place: the router's patterns (`$id` marks a
// parameter) and the builders links use. Navigation areas from the API map here.
export const routes = {
  home: '/',
  login: '/dang-nhap',
  register: '/dang-ky',
  dashboard: '/app',
  producers: '/app/chu-the',
  newProducer: '/app/chu-the/moi',
  producer: '/app/chu-the/$id',
  products: '/app/san-pham',
  product: '/app/san-pham/$id',
  imports: '/app/nhap-du-lieu',
  importDetail: '/app/nhap-du-lieu/$id',
  duplicates: '/app/nghi-trung-lap',
  adminUnits: '/app/don-vi-hanh-chinh',
  unitMappings: '/app/anh-xa-don-vi',
  users: '/app/tai-khoan',
  audit: '/app/nhat-ky',
  councils: '/app/hoi-dong',
  council: '/app/hoi-dong/$id',
  councilSession: '/app/phien-hop/$id',
  councilSheet: '/app/phieu-cham/$id',
  councilDossiers: '/app/ho-so-duoc-giao',
  password: '/app/doi-mat-khau',
  selfAssessments: '/app/tu-danh-gia',
  selfAssessment: '/app/tu-danh-gia/$id',
  rubrics: '/app/bo-tieu-chi',
  calendar: '/app/lich-lam-viec',
  worklist: '/app/ho-so-can-bo-sung',
  dossiers: '/app/ho-so',
  dossier: '/app/ho-so/$id',
  rounds: '/app/dot-danh-gia',
  ideas: '/app/y-tuong',
  idea: '/app/y-tuong/$id',
} as const;

const withId = (pattern: string) => (id: string) => pattern.replace('$id', encodeURIComponent(id));

export const paths = {
  ...routes,
  producer: withId(routes.producer),
  product: withId(routes.product),
  selfAssessment: withId(routes.selfAssessment),
  importDetail: withId(routes.importDetail),
  dossier: withId(routes.dossier),
  idea: withId(routes.idea),
  council: withId(routes.council),
  councilSession: withId(routes.councilSession),
  councilSheet: withId(routes.councilSheet),
} as const;

/** A pattern below the signed-in area, as the router's child routes take it. */
export const underApp = (pattern: string) => pattern.slice(routes.dashboard.length) || '/';

export const NAV_PATHS: Record<string, string> = {
  dashboard: paths.dashboard,
  producers: paths.producers,
  products: paths.products,
  imports: paths.imports,
  duplicates: paths.duplicates,
  myProducer: paths.producers,
  myProducts: paths.products,
  adminUnits: paths.adminUnits,
  unitMappings: paths.unitMappings,
  users: paths.users,
  audit: paths.audit,
  councils: paths.councils,
  councilDossiers: paths.councilDossiers,
  selfAssessments: paths.selfAssessments,
  rubrics: paths.rubrics,
  calendar: paths.calendar,
  worklist: paths.worklist,
  dossiers: paths.dossiers,
  rounds: paths.rounds,
  ideas: paths.ideas,
};
