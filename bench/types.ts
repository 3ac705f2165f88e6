// One measured figure in the benchmark table.
export interface Figure {
  /** Short stable id, e.g. "capture-to-wire". */
  id: string;
  label: string;
  unit: 'ms' | 'KB' | 'dB' | '%' | 'count' | 'req/s' | 'msg/s' | 'MB' | 'x';
  median: number;
  p95?: number;
  /** Human-readable budget, e.g. "p95 ≤ 50 ms". */
  budget?: string;
  /** Whether the figure meets its budget; undefined when there is none. */
  withinBudget?: boolean;
  /** The same figure measured with the common-examples strategy, when there is one. */
  baseline?: number;
  samples: number;
}
