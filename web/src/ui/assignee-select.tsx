import type { components } from '../../../clients/typescript/src/index.ts';
import { SelectField } from './field.tsx';

type Member = components['schemas']['Member'];

interface AssigneeSelectProps {
  /** The member's user id, or '' for nobody. */
  value: string;
  members: Member[];
  error?: string | undefined;
  onChange: (userId: string) => void;
  /** The label and the choice of no member ("Assignee" / "Nobody" unless given). */
  label?: string;
  nobody?: string;
}

/** "Assignee": one of the project's members (by e-mail), or nobody. */
export function AssigneeSelect({
  value,
  members,
  error,
  onChange,
  label = 'Assignee',
  nobody = 'Nobody',
}: AssigneeSelectProps) {
  const options = [
    { value: '', label: nobody },
    ...members.map((member) => ({ value: member.userId, label: member.email ?? member.userId })),
  ];
  return <SelectField label={label} value={value} error={error} options={options} onValue={onChange} />;
}
