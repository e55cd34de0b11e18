import { Button, Field, Input, Label, Select } from '@fluentui/react-components';
import { useId, useState } from 'react';
import type { CompilationView } from '../../api/types';
import { ActionDialog } from '../../components/ActionDialog';
import { useTexts } from '../../i18n';
import { useStyles } from './compilation.styles';
import type { Selection } from './selection';
import { limits } from './ThemeDetail';
import type { CompilationState } from './useCompilation';

type Props = {
  ticked: string[];
  selection: Selection;
  draft: CompilationView;
  compilation: CompilationState;
  onDone: () => void;
};

/** What can be done with the ticked answers: move them to a theme or Övrigt, or make a theme of them. */
export function AnswerActions({ ticked, selection, draft, compilation, onDone }: Props) {
  const t = useTexts();
  const styles = useStyles();
  const current =
    selection.kind === 'theme' ? selection.themeId : selection.kind === 'other' ? 'other' : null;
  const targets = draft.themes.filter((theme) => theme.id !== current);
  const [target, setTarget] = useState<string>('');
  const selectId = useId();
  const [label, setLabel] = useState('');
  const chosen = target || (targets[0]?.id ?? (current === 'other' ? '' : 'other'));

  const move = async () => {
    if (!chosen) return;
    const to =
      chosen === 'other' ? ({ kind: 'other' } as const) : ({ kind: 'theme', themeId: chosen } as const);
    const refused = await compilation.edit(
      { kind: 'move', answerIds: ticked, to },
      t.compilation.done.move(ticked.length),
    );
    if (refused === null) onDone();
  };

  return (
    <section className={styles.actions} aria-label={t.compilation.tickedLabel}>
      <p className={styles.actionsCount}>{t.compilation.ticked(ticked.length)}</p>
      <Label htmlFor={selectId}>{t.compilation.moveTo}</Label>
      <Select
        id={selectId}
        className={styles.moveTarget}
        value={chosen}
        onChange={(_, data) => setTarget(data.value)}
      >
        {targets.map((theme) => (
          <option key={theme.id} value={theme.id}>
            {theme.label}
          </option>
        ))}
        {current !== 'other' && <option value="other">{t.themes.otherLabel}</option>}
      </Select>
      <Button
        appearance="primary"
        disabledFocusable={compilation.working || !chosen}
        onClick={() => void move()}
      >
        {t.compilation.move}
      </Button>
      {selection.kind === 'theme' && (
        <ActionDialog
          trigger={{ label: t.compilation.split }}
          title={t.compilation.splitTitle(ticked.length)}
          confirmLabel={t.compilation.splitConfirm}
          working={compilation.working}
          onOpen={() => setLabel('')}
          onConfirm={async () => {
            const refused = await compilation.edit(
              { kind: 'split', themeId: selection.themeId, answerIds: ticked, label: label.trim() },
              t.compilation.done.split,
            );
            if (refused === null) onDone();
            return refused;
          }}
        >
          <p>{t.compilation.splitBody}</p>
          <Field label={t.compilation.nameField} hint={t.compilation.nameHint(limits.label)} required>
            <Input value={label} maxLength={limits.label} onChange={(_, data) => setLabel(data.value)} />
          </Field>
        </ActionDialog>
      )}
      <Button appearance="subtle" onClick={onDone}>
        {t.compilation.untick}
      </Button>
    </section>
  );
}
