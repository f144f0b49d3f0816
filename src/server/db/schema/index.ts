export * from './admin-units.ts';
export * from './identity.ts';
export * from './registry.ts';
export * from './audit.ts';
export * from './jobs.ts';
export * from './imports.ts';
export * from './rubrics.ts';
export * from './workflow.ts';
