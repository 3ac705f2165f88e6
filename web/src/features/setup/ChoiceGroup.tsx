import { For, Show } from 'solid-js';

export interface Choice<T extends string | number> {
  value: T;
  label: string;
  hint?: string;
}

/** A labelled group of radio buttons; arrow keys move between them as in any native group. */
export function ChoiceGroup<T extends string | number>(props: {
  legend: string;
  name: string;
  hint?: string;
  choices: readonly Choice<T>[];
  value: T;
  onChange: (value: T) => void;
  layout: 'cards' | 'segmented';
}) {
  const hintId = () => `${props.name}-hint`;
  return (
    <fieldset class="field choice-group" aria-describedby={props.hint ? hintId() : undefined}>
      <legend class="field-label">{props.legend}</legend>
      <Show when={props.hint}>
        <p id={hintId()} class="hint">
          {props.hint}
        </p>
      </Show>
      <div class={`choices choices-${props.layout}`}>
        <For each={props.choices}>
          {(choice) => {
            const id = `${props.name}-${choice.value}`;
            return (
              <label class="choice" for={id}>
                <input
                  type="radio"
                  id={id}
                  name={props.name}
                  value={String(choice.value)}
                  checked={props.value === choice.value}
                  onChange={() => props.onChange(choice.value)}
                />
                <span class="choice-text">
                  <span class="choice-label">{choice.label}</span>
                  <Show when={choice.hint}>
                    <span class="choice-hint">{choice.hint}</span>
                  </Show>
                </span>
              </label>
            );
          }}
        </For>
      </div>
    </fieldset>
  );
}
