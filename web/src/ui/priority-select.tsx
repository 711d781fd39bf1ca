import { PRIORITIES, type Priority } from '../tasks.ts';
import { SelectField } from './field.tsx';

interface PrioritySelectProps {
  value: Priority;
  error?: string | undefined;
  onChange: (priority: Priority) => void;
}

const PRIORITY_OPTIONS = PRIORITIES.map((priority) => ({ value: priority, label: priority }));

/** "Priority": one of the task priorities, lowest first. */
export function PrioritySelect({ value, error, onChange }: PrioritySelectProps) {
  return (
    <SelectField label="Priority" value={value} error={error} options={PRIORITY_OPTIONS} onValue={onChange} />
  );
}
