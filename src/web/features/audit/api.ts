// The audit endpoints, one fetcher each, typed from the shared contracts.
import type { z } from 'zod';
import type { auditLogPageSchema, verifyReportSchema } from '../../../shared/contracts/audit.ts';
import { api } from '../../lib/api.ts';

export type AuditLogPage = z.infer<typeof auditLogPageSchema>;
export type VerifyReport = z.infer<typeof verifyReportSchema>;

export const listAudit = (query: { before?: number; limit: number }) =>
  api<AuditLogPage>('/api/audit', { query });
export const verifyAudit = () => api<VerifyReport>('/api/audit/verify', { method: 'POST' });
