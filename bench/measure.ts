/** A measured run over the benchmark corpus. */
export interface Measurement {
  readonly name: string;
  readonly articles: number;
  readonly bytes: number;
  readonly wallSeconds: number;
  /** CPU time of the process (user + system), which a busy machine does not inflate the way it does wall time. */
  readonly cpuSeconds: number;
  /** Peak resident memory of the process at the end of the run, corpus included. */
  readonly peakResidentBytes: number;
  /** Resident memory once the corpus was loaded, before the run. */
  readonly baselineResidentBytes: number;
  /**
   * A second full pass in the same process, once V8 has compiled the code: what a long-running
   * process (the server, a large ingest) settles to. Shown beside the cold pass, never instead of it.
   */
  readonly steady?: Timing;
  /** CPU seconds per pipeline stage, from a second pass, when the run has stages. */
  readonly stageSeconds?: Readonly<Record<string, number>>;
}

export interface Timing {
  readonly wallSeconds: number;
  readonly cpuSeconds: number;
}

export function timed(run: () => void): Timing {
  const wallStart = performance.now();
  const cpuStart = process.cpuUsage();
  run();
  const cpu = process.cpuUsage(cpuStart);
  return { wallSeconds: (performance.now() - wallStart) / 1000, cpuSeconds: (cpu.user + cpu.system) / 1e6 };
}

export function peakResidentBytes(): number {
  return process.resourceUsage().maxRSS * 1024;
}

export function residentBytes(): number {
  return process.memoryUsage().rss;
}
