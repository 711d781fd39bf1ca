import { PRIORITIES, type Priority } from '../tasks.ts';
import { Field, fieldValue } from './field.tsx';

interface PrioritySelectProps {
  value: Priority;
  error?: string | undefined;
  onChange: (priority: Priority) => void;
}

/** "Priority": one of the task priorities, lowest first. */
export function PrioritySelect({ value, error, onChange }: PrioritySelectProps) {
  return (
    <Field label="Priority" error={error}>
      {(ids) => (
        <select
          id={ids.id}
          value={value}
          aria-invalid={ids.invalid}
          aria-describedby={ids.describedBy}
          onChange={(event) => onChange(fieldValue(event) as Priority)}
        >
          {PRIORITIES.map((priority) => (
            <option key={priority} value={priority}>
              {priority}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
