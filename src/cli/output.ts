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
