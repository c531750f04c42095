/**
 * `npm start` stops when it is told to: SIGTERM to npm alone (a process
 * manager, `kill <npm pid>`) and Ctrl-C (SIGINT to the terminal's process
 * group) both free the port; and the start prints no Node-version warning.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { freePort, killGroup } from '../helpers/processes';

const listening = async (port: number): Promise<boolean> => {
  try {
    await fetch(`http://localhost:${port}/schema.graphql`, { signal: AbortSignal.timeout(1000) });
    return true;
  } catch {
    return false;
  }
};

const waitFor = async (check: () => Promise<boolean>, ms: number): Promise<boolean> => {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
};

const startNpm = async (): Promise<{ child: ChildProcess; port: number; output: () => string }> => {
  const port = await freePort();
  // Its own process group, as a terminal would give it; killed by group in afterEach whatever happens.
  const child = spawn('npm', ['start', '--', '--port', String(port)], { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  expect(await waitFor(() => listening(port), 90_000)).toBe(true);
  return { child, port, output: () => output };
};

let running: ChildProcess | undefined;
afterEach(() => {
  killGroup(running, 'SIGKILL');
  running = undefined;
});

describe('npm start', () => {
  it('stops when npm alone gets SIGTERM, and prints no NodeVersionSupportWarning', async () => {
    const { child, port, output } = await startNpm();
    running = child;
    expect(output()).toContain('GraphiQL:');
    expect(output()).not.toContain('NodeVersionSupportWarning');
    process.kill(child.pid!, 'SIGTERM');
    expect(await waitFor(async () => !(await listening(port)), 10_000)).toBe(true);
  }, 120_000);

  it('stops on Ctrl-C (SIGINT to the process group)', async () => {
    const { child, port } = await startNpm();
    running = child;
    process.kill(-child.pid!, 'SIGINT');
    expect(await waitFor(async () => !(await listening(port)), 10_000)).toBe(true);
  }, 120_000);
});
