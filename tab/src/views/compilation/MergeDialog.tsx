import { Checkbox } from '@fluentui/react-components';
import { useState } from 'react';
import type { CompilationView } from '../../api/types';
import { ActionDialog } from '../../components/ActionDialog';
import { useTexts } from '../../i18n';
import { useStyles } from './compilation.styles';
import type { Selection } from './selection';
import type { CompilationState } from './useCompilation';

type Props = {
  draft: CompilationView;
  compilation: CompilationState;
  /** The merged theme, once made, to show its answers. */
  onMerged: (selection: Selection) => void;
};

/** "Slå ihop": two or more themes that are one become one, named after the first chosen. */
export function MergeDialog({ draft, compilation, onMerged }: Props) {
  const t = useTexts();
  const styles = useStyles();
  const [chosen, setChosen] = useState<string[]>([]);
  const toggle = (id: string, on: boolean) =>
    setChosen((list) => (on ? [...list.filter((x) => x !== id), id] : list.filter((x) => x !== id)));

  return (
    <ActionDialog
      trigger={{ label: t.compilation.merge, disabled: draft.themes.length < 2 }}
      title={t.compilation.mergeTitle}
      confirmLabel={t.compilation.mergeConfirm}
      working={compilation.working}
      onOpen={() => setChosen([])}
      onConfirm={async () => {
        if (chosen.length < 2) return t.compilation.mergeTooFew;
        const first = draft.themes.find((theme) => theme.id === chosen[0]);
        const refused = await compilation.edit({ kind: 'merge', themeIds: chosen }, t.compilation.done.merge);
        if (refused === null && first) onMerged({ kind: 'named', label: first.label });
        return refused;
      }}
    >
      <p>{t.compilation.mergeBody}</p>
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{t.compilation.mergeLegend}</legend>
        {draft.themes.map((theme) => (
          <Checkbox
            key={theme.id}
            checked={chosen.includes(theme.id)}
            onChange={(_, data) => toggle(theme.id, data.checked === true)}
            label={`${theme.label} (${t.themes.size(theme.size)})`}
          />
        ))}
      </fieldset>
    </ActionDialog>
  );
}
