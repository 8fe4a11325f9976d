// Runs the built tspy command (bin/tspy.js) as a child process, as a user would.

import { spawn } from 'node:child_process';
import { join } from 'node:path';

const cli = join(__dirname, '..', 'bin', 'tspy.js');

export interface RunResult {
  stdout: string;
  stderr: string;
  code: number | null;
}

/** `input`: what the program reads on standard input (none: stdin is closed). */
export function runTspy(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}, input?: string): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const stdin = input === undefined ? 'ignore' : 'pipe';
    const child = spawn(process.execPath, [cli, ...args], { cwd, env: { ...process.env, ...env }, stdio: [stdin, 'pipe', 'pipe'] });
    if (input !== undefined) child.stdin!.end(input);
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ stdout, stderr, code }));
  });
}
