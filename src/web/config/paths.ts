// Every path of the web app in one place; navigation areas from the API map here.
export const paths = {
  home: '/',
  login: '/dang-nhap',
  register: '/dang-ky',
  newProducer: '/app/chu-the/moi',
  dashboard: '/app',
  producers: '/app/chu-the',
  producer: (id: string) => `/app/chu-the/${id}`,
  products: '/app/san-pham',
  imports: '/app/nhap-du-lieu',
  product: (id: string) => `/app/san-pham/${id}`,
  adminUnits: '/app/don-vi-hanh-chinh',
  unitMappings: '/app/anh-xa-don-vi',
  users: '/app/tai-khoan',
  audit: '/app/nhat-ky',
  councilDossiers: '/app/hoi-dong',
  password: '/app/doi-mat-khau',
} as const;

export const NAV_PATHS: Record<string, string> = {
  dashboard: paths.dashboard,
  producers: paths.producers,
  products: paths.products,
  imports: paths.imports,
  myProducer: paths.producers,
  myProducts: paths.products,
  adminUnits: paths.adminUnits,
  unitMappings: paths.unitMappings,
  users: paths.users,
  audit: paths.audit,
  councilDossiers: paths.councilDossiers,
};
