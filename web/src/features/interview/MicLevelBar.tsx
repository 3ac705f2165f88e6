import type { Component } from 'solid-js';

/**
 * The microphone's level as a bar whose fill is only ever scaled (transform), so a moving level
 * costs the page no layout and no repaint: the compositor draws it, easing between samples.
 * A native <meter> re-laid itself out and repainted the page on every change. Screen readers
 * still meet a meter, its value in steps of ten so a speaking voice does not rewrite it each sample.
 */
export const MicLevelBar: Component<{ level: number; labelledBy: string }> = (props) => {
  const level = () => Math.min(1, Math.max(0, props.level));
  return (
    <span
      class="level-bar"
      role="meter"
      aria-labelledby={props.labelledBy}
      aria-valuemin="0"
      aria-valuemax="100"
      aria-valuenow={Math.round(level() * 10) * 10}
    >
      <span class="level-bar-fill" style={{ transform: `scaleX(${level().toFixed(2)})` }} />
    </span>
  );
};
