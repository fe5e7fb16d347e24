export interface BenchResult {
  bench: string;
  /** Which row of the goals table (issue #20) this is: validate, help, scan, smoke-example, smoke-everything, publish. */
  row?: string;
  measure: string;
  /** the median of ours; computed from `samples` when they are given */
  value?: number;
  unit: string;
  floorName: string;
  /** the median of the floor; computed from `floorSamples` when they are given */
  floor?: number;
  goal?: string;
  /** every timed run of ours: gives the median and the spread (min-max) */
  samples?: number[];
  /** every timed run of the floor */
  floorSamples?: number[];
  spread?: [number, number];
  floorSpread?: [number, number];
  /** print as "floor / ours x faster" (higher is better) */
  faster?: boolean;
}
export interface RecordedResult extends Omit<BenchResult, 'samples' | 'floorSamples'> {
  value: number;
  floor: number;
  ratio: number;
  speedup?: number;
  runs?: number;
}
export function record(result: BenchResult): RecordedResult;
export function benchEnv(extra?: NodeJS.ProcessEnv): NodeJS.ProcessEnv;
export function median(values: number[]): number;
export function spread(values: number[]): [number, number];
