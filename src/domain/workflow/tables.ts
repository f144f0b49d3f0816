// Every workflow of the platform, for the table tests and docs/workflows/. A new
// aggregate with a status adds its table here (docs/architecture.md, "How to add a workflow").
import { sessionItemWorkflow } from '../councils/session-item.workflow.ts';
import { sessionWorkflow } from '../councils/session.workflow.ts';
import { decisionWorkflow } from '../decisions/decision.workflow.ts';
import { dossierWorkflow } from '../dossiers/dossier.workflow.ts';
import { ideaWorkflow } from '../ideas/idea.workflow.ts';
import { importWorkflow } from '../import/import.workflow.ts';
import { producerWorkflow } from '../registry/producer.workflow.ts';
import { sheetWorkflow } from '../self-assessment/sheet.workflow.ts';
import type { WorkflowContext, WorkflowTable } from './kit.ts';

export const WORKFLOWS = [
  sheetWorkflow,
  importWorkflow,
  producerWorkflow,
  dossierWorkflow,
  ideaWorkflow,
  sessionWorkflow,
  sessionItemWorkflow,
  decisionWorkflow,
] as unknown as readonly WorkflowTable<string, string, WorkflowContext>[];
