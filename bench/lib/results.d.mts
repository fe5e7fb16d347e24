export interface BenchResult {
  bench: string;
  measure: string;
  value: number;
  unit: string;
  floorName: string;
  floor: number;
  goal?: string;
  /** min-max of the runs, ours and the floor's. */
  spread?: { ours: string; floor: string };
}
export function record(result: BenchResult): BenchResult & { ratio: number };
export function benchEnv(extra?: NodeJS.ProcessEnv): NodeJS.ProcessEnv;
export function median(values: number[]): number;
