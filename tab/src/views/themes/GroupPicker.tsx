import { Field, Select } from '@fluentui/react-components';
import type { RoundThemesView } from '../../api/types';
import { useTexts } from '../../i18n';
import { useStyles } from './themes.styles';

/** All groups together, one group, or two groups side by side. */
export type GroupChoice =
  | { kind: 'all' }
  | { kind: 'one'; groupId: string }
  | { kind: 'compare'; first: string; second: string };

type Props = {
  groups: RoundThemesView['groups'];
  /** False for a caller who sees only their own group(s): no "all groups", no comparison. */
  wholeRound: boolean;
  choice: GroupChoice;
  onChange: (choice: GroupChoice) => void;
};

const all = '__all__';
const compare = '__compare__';

export function GroupPicker({ groups, wholeRound, choice, onChange }: Props) {
  const t = useTexts();
  const styles = useStyles();
  const value = choice.kind === 'all' ? all : choice.kind === 'compare' ? compare : choice.groupId;
  const firstId = groups[0]?.groupId ?? '';
  const secondId = groups[1]?.groupId ?? firstId;

  const choose = (next: string) => {
    if (next === all) onChange({ kind: 'all' });
    else if (next === compare) onChange({ kind: 'compare', first: firstId, second: secondId });
    else onChange({ kind: 'one', groupId: next });
  };

  // One group and nothing else to choose: a picker would be a control that does nothing.
  if (!wholeRound && groups.length <= 1) return null;

  return (
    <div className={styles.pickers}>
      <Field label={t.themes.groupPicker} className={styles.picker}>
        <Select value={value} onChange={(_, data) => choose(data.value)}>
          {wholeRound && <option value={all}>{t.themes.allGroups}</option>}
          {groups.map((group) => (
            <option key={group.groupId} value={group.groupId}>
              {group.name}
            </option>
          ))}
          {wholeRound && groups.length >= 2 && <option value={compare}>{t.themes.compare}</option>}
        </Select>
      </Field>
      {choice.kind === 'compare' && (
        <>
          <GroupSelect
            label={t.themes.compareFirst}
            groups={groups}
            value={choice.first}
            onChange={(first) => onChange({ ...choice, first })}
          />
          <GroupSelect
            label={t.themes.compareSecond}
            groups={groups}
            value={choice.second}
            onChange={(second) => onChange({ ...choice, second })}
          />
        </>
      )}
    </div>
  );
}

type GroupSelectProps = {
  label: string;
  groups: RoundThemesView['groups'];
  value: string;
  onChange: (groupId: string) => void;
};

/** One side of the comparison: any of the groups. */
function GroupSelect({ label, groups, value, onChange }: GroupSelectProps) {
  const styles = useStyles();
  return (
    <Field label={label} className={styles.picker}>
      <Select value={value} onChange={(_, data) => onChange(data.value)}>
        {groups.map((group) => (
          <option key={group.groupId} value={group.groupId}>
            {group.name}
          </option>
        ))}
      </Select>
    </Field>
  );
}
