/**
 * What a bench server process reports to its parent over IPC: CPU time and
 * memory, optionally after a full collection (with --expose-gc), so CPU per
 * request and the live footprint are measured in the server itself.
 */
export interface Usage {
  cpuMs: number;
  rssMb: number;
  maxRssMb: number;
  heapUsedMb: number;
  /** Heap V8 has reserved (used or not): what RSS holds beyond the live objects after a collection. */
  heapTotalMb: number;
  externalMb: number;
}

export const usage = (): Usage => {
  const cpu = process.cpuUsage();
  return {
    cpuMs: (cpu.user + cpu.system) / 1000,
    rssMb: process.memoryUsage.rss() / 2 ** 20,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    heapUsedMb: process.memoryUsage().heapUsed / 2 ** 20,
    heapTotalMb: process.memoryUsage().heapTotal / 2 ** 20,
    externalMb: process.memoryUsage().external / 2 ** 20,
  };
};

/** Answers `{ type: 'usage', gc? }` messages from the parent. */
export const answerUsage = (): void => {
  process.on('message', (m: { type: string; gc?: boolean }) => {
    // With gc: the live footprint (after a full collection), not garbage V8 has not collected yet.
    if (m.gc) (globalThis as { gc?: () => void }).gc?.();
    if (m.type === 'usage') process.send?.({ type: 'usage', usage: usage() });
  });
};
