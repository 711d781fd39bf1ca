import type { components } from '../../../clients/typescript/src/index.ts';
import { Field, fieldValue } from './field.tsx';

type Member = components['schemas']['Member'];

interface AssigneeSelectProps {
  /** The member's user id, or '' for nobody. */
  value: string;
  members: Member[];
  error?: string | undefined;
  onChange: (userId: string) => void;
}

/** "Assignee": one of the project's members (by e-mail), or nobody. */
export function AssigneeSelect({ value, members, error, onChange }: AssigneeSelectProps) {
  return (
    <Field label="Assignee" error={error}>
      {(ids) => (
        <select
          id={ids.id}
          value={value}
          aria-invalid={ids.invalid}
          aria-describedby={ids.describedBy}
          onChange={(event) => onChange(fieldValue(event))}
        >
          <option value="">Nobody</option>
          {members.map((member) => (
            <option key={member.userId} value={member.userId}>
              {member.email ?? member.userId}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
