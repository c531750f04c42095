/** Child processes of the tests that run `npm start` as a person would. */
import type { ChildProcess } from 'node:child_process';
import net from 'node:net';

/** A TCP port nothing listens on right now. */
export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });

/** Signals a detached child's whole process group (npm and the node it started); a group already gone is fine. */
export const killGroup = (child: ChildProcess | undefined, signal: NodeJS.Signals): void => {
  if (!child?.pid) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    /* already gone */
  }
};
