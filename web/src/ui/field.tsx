import type { ComponentChildren, InputHTMLAttributes } from 'preact';
import { useId } from 'preact/hooks';

interface FieldProps {
  label: string;
  /** The field's message from a 422, shown under it and announced with it. */
  error?: string | undefined;
  hint?: string;
  children: (ids: { id: string; describedBy: string | undefined; invalid: boolean }) => ComponentChildren;
}

/** A labelled input with its error next to it (aria-invalid + aria-describedby). */
export function Field({ label, error, hint, children }: FieldProps) {
  const id = useId();
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [error ? errorId : '', hint ? hintId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div class={error ? 'field invalid' : 'field'}>
      <label for={id}>{label}</label>
      {children({ id, describedBy, invalid: Boolean(error) })}
      {hint ? (
        <small id={hintId} class="hint">
          {hint}
        </small>
      ) : null}
      {error ? (
        <small id={errorId} class="field-error">
          {error}
        </small>
      ) : null}
    </div>
  );
}

/** The current value of the input, select or textarea an event came from. */
export function fieldValue(event: Event): string {
  return (event.currentTarget as HTMLInputElement).value;
}

interface TextFieldProps {
  label: string;
  error?: string | undefined;
  hint?: string;
  value: string;
  onValue: (value: string) => void;
  type?: 'text' | 'email' | 'password' | 'date';
  autocomplete?: string;
  inputMode?: 'numeric' | 'text';
  required?: boolean;
}

/** A labelled text input with its error: the Field every form's plain inputs share. */
export function TextField({ label, error, hint, value, onValue, ...input }: TextFieldProps) {
  return (
    <Field label={label} error={error} {...(hint ? { hint } : {})}>
      {(ids) => {
        // Preact types an input's attributes per `type`; this one takes any of the three.
        const attributes = {
          id: ids.id,
          ...input,
          value,
          'aria-invalid': ids.invalid,
          'aria-describedby': ids.describedBy,
          onInput: (event: Event) => onValue(fieldValue(event)),
        } as InputHTMLAttributes<HTMLInputElement>;
        return <input {...attributes} />;
      }}
    </Field>
  );
}

interface SelectFieldProps<T extends string> {
  label: string;
  error?: string | undefined;
  value: T;
  options: ReadonlyArray<{ value: T; label: string }>;
  onValue: (value: T) => void;
}

/** A labelled select with its error: the Field every form's choice of one shares. */
export function SelectField<T extends string>({
  label,
  error,
  value,
  options,
  onValue,
}: SelectFieldProps<T>) {
  return (
    <Field label={label} error={error}>
      {(ids) => (
        <select
          id={ids.id}
          value={value}
          aria-invalid={ids.invalid}
          aria-describedby={ids.describedBy}
          // The options are the only values a select can take.
          onChange={(event) => onValue(fieldValue(event) as T)}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
