// Runs the built tspy command (bin/tspy.js) as a child process, as a user would.

import { spawn } from 'node:child_process';
import { join } from 'node:path';

const cli = join(__dirname, '..', 'bin', 'tspy.js');

export interface RunResult {
  stdout: string;
  stderr: string;
  code: number | null;
}

export function runTspy(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ stdout, stderr, code }));
  });
}
