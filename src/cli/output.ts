import type { Env } from '../server/env.ts';
import { createLogger, type Logger } from '../server/logger.ts';
// Human-readable output by default, one JSON document with --json.
export interface Output {
  json: boolean;
  line(text: string): void;
  result(value: unknown, human: () => void): void;
  error(message: string, code?: string): void;
}

export function createOutput(json: boolean): Output {
  return {
    json,
    line: (text) => {
      if (!json) process.stdout.write(`${text}\n`);
    },
    result: (value, human) => {
      if (json) process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
      else human();
    },
    error: (message, code = 'ERROR') => {
      if (json) process.stdout.write(`${JSON.stringify({ error: { code, message } })}\n`);
      else process.stderr.write(`ocop: ${message}\n`);
    },
  };
}

/** Operator commands log to stderr, so stdout carries only the result (and stays valid JSON with --json). */
export function cliLogger(env: Env): Logger {
  return createLogger(env.LOG_LEVEL, (line) => process.stderr.write(line));
}
