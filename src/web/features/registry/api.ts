// The registry endpoints, one fetcher each, typed from the shared contracts:
// producers and products (lists, records, details, history), photos, certificates,
// suspected duplicates, registration, and the unit lists the pickers need.
import type { z } from 'zod';
import type { recordHistorySchema } from '../../../shared/contracts/audit.ts';
import type { unitPage } from '../../../shared/contracts/admin-units.ts';
import type { createdSchema, okSchema, PhotoView } from '../../../shared/contracts/common.ts';
import type {
  producerPage,
  productPage,
  ProducerView,
  ProductView,
} from '../../../shared/contracts/registry.ts';
import type {
  CertificateView,
  CreatedProduct,
  duplicatePageSchema,
  ProducerDetails,
  ProductDetails,
} from '../../../shared/contracts/registry-records.ts';
import type {
  createProducerBody,
  createProductBody,
  producerStatusBody,
  updateProducerBody,
  updateProductBody,
} from '../../../shared/contracts/registry-write.ts';
import { api, apiUpload } from '../../lib/api.ts';

export type { CertificateView, PhotoView, ProducerDetails, ProducerView, ProductDetails, ProductView };
export type ProducerPage = z.infer<typeof producerPage>;
export type ProductPage = z.infer<typeof productPage>;
export type DuplicatePage = z.infer<typeof duplicatePageSchema>;
export type RecordHistory = z.infer<typeof recordHistorySchema>;
export type UnitPage = z.infer<typeof unitPage>;

type Ok = z.infer<typeof okSchema>;
type ListQuery = Record<string, string | number | undefined>;
const id = (value: string) => encodeURIComponent(value);

export const listProducers = (query: ListQuery) => api<ProducerPage>('/api/producers', { query });
export const listProducts = (query: ListQuery) => api<ProductPage>('/api/products', { query });
export const getProducer = (producerId: string) => api<ProducerView>(`/api/producers/${id(producerId)}`);
export const getProduct = (productId: string) => api<ProductView>(`/api/products/${id(productId)}`);
export const getProducerDetails = (producerId: string) =>
  api<ProducerDetails>(`/api/producers/${id(producerId)}/details`);
export const getProductDetails = (productId: string) =>
  api<ProductDetails>(`/api/products/${id(productId)}/details`);
export const historyOf = (kind: 'producers' | 'products', recordId: string) =>
  api<RecordHistory>(`/api/${kind}/${id(recordId)}/history`);

export const createProducer = (body: z.input<typeof createProducerBody>) =>
  api<z.infer<typeof createdSchema>>('/api/producers', { method: 'POST', body });
export const updateProducer = (producerId: string, body: z.input<typeof updateProducerBody>) =>
  api<Ok>(`/api/producers/${id(producerId)}`, { method: 'PATCH', body });
/** Confirm, reject, send back, record as inactive or active again: answers with the record. */
export const changeProducerStatus = (producerId: string, body: z.input<typeof producerStatusBody>) =>
  api<ProducerView>(`/api/producers/${id(producerId)}/status`, { method: 'POST', body });
export const createProduct = (body: z.input<typeof createProductBody>) =>
  api<CreatedProduct>('/api/products', { method: 'POST', body });
export const updateProduct = (productId: string, body: z.input<typeof updateProductBody>) =>
  api<Ok>(`/api/products/${id(productId)}`, { method: 'PATCH', body });

export const listCertificates = (productId: string) =>
  api<CertificateView[]>(`/api/products/${id(productId)}/certificates`);
export const listPhotos = (productId: string) => api<PhotoView[]>(`/api/products/${id(productId)}/photos`);
export const uploadPhoto = (productId: string, form: FormData) =>
  apiUpload<PhotoView>(`/api/products/${id(productId)}/photos`, form);
export const removePhoto = (productId: string, photoId: string) =>
  api<Ok>(`/api/products/${id(productId)}/photos/${id(photoId)}`, { method: 'DELETE' });
export const listDuplicates = (query: { minScore: number; page: number; pageSize: number }) =>
  api<DuplicatePage>('/api/products/duplicates', { query });

/** Units for the place pickers (public reference data). */
export const listUnits = (query: ListQuery) => api<UnitPage>('/api/admin-units', { query });
