import { Button, Field, Input, Label, Select, Switch, Textarea } from '@fluentui/react-components';
import { useId, useState } from 'react';
import type { CompilationView, CompiledThemeView } from '../../api/types';
import { ActionDialog } from '../../components/ActionDialog';
import { useSharedStyles } from '../../components/shared.styles';
import { useTexts } from '../../i18n';
import { useStyles } from './compilation.styles';
import type { CompilationState } from './useCompilation';

/** Kept in step with bot/domain/compilation.ts compilationLimits, which the server enforces. */
export const limits = { label: 80, conclusion: 2000 } as const;

type Props = { theme: CompiledThemeView; draft: CompilationView; compilation: CompilationState };

/** One theme as its compiler shapes it: name, conclusion, lesson mark, order and quotes. */
export function ThemeDetail({ theme, draft, compilation }: Props) {
  const t = useTexts();
  const styles = useStyles();
  const shared = useSharedStyles();
  const headingId = useId();
  return (
    <section className={styles.detail} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.detailTitle}>
        {theme.label}
      </h2>
      <p className={styles.hint}>
        {t.themes.size(theme.size)}
        {theme.groups.length > 0 &&
          ` · ${theme.groups
            .slice(0, 4)
            .map((g) => t.themes.groupCount(g.name, g.count))
            .join(', ')}`}
        {theme.groups.length > 4 && ` ${t.themes.moreGroups(theme.groups.length - 4)}`}
      </p>
      <div className={shared.row}>
        <RenameDialog theme={theme} compilation={compilation} />
        <ConclusionDialog theme={theme} compilation={compilation} />
        <Switch
          checked={theme.lesson}
          disabled={compilation.working}
          label={t.compilation.lessonSwitch}
          onChange={(_, data) =>
            void compilation.edit(
              { kind: 'markLesson', themeId: theme.id, lesson: data.checked },
              data.checked ? t.compilation.done.lessonOn : t.compilation.done.lessonOff,
            )
          }
        />
        <OrderPicker theme={theme} draft={draft} compilation={compilation} />
      </div>
      <h3 className={shared.subTitle}>{t.compilation.conclusionHeading}</h3>
      {theme.conclusion ? (
        <p className={styles.conclusion}>{theme.conclusion}</p>
      ) : (
        <p className={styles.hint}>{t.compilation.noConclusion}</p>
      )}
      <h3 className={shared.subTitle}>{t.compilation.quotesHeading}</h3>
      {theme.quotes.length === 0 ? (
        <p className={styles.hint}>{t.compilation.noQuotes}</p>
      ) : (
        <ul className={styles.quotes}>
          {theme.quotes.map((quote) => (
            <li key={quote.id} className={styles.quoteRow}>
              <blockquote className={styles.quote}>{quote.text}</blockquote>
              <Button
                size="small"
                disabledFocusable={compilation.working}
                aria-label={t.compilation.hideQuoteLabel(quote.text)}
                onClick={() =>
                  void compilation.edit(
                    { kind: 'hideQuote', themeId: theme.id, answerId: quote.id, hidden: true },
                    t.compilation.done.hideQuote,
                  )
                }
              >
                {t.compilation.hideQuote}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <p className={styles.hint}>{t.compilation.quotesHint}</p>
    </section>
  );
}

function RenameDialog({ theme, compilation }: Omit<Props, 'draft'>) {
  const t = useTexts();
  const [label, setLabel] = useState(theme.label);
  return (
    <ActionDialog
      trigger={{ label: t.compilation.rename }}
      title={t.compilation.renameTitle}
      confirmLabel={t.compilation.save}
      working={compilation.working}
      onOpen={() => setLabel(theme.label)}
      onConfirm={() =>
        compilation.edit(
          { kind: 'rename', themeId: theme.id, label: label.trim() },
          t.compilation.done.rename,
        )
      }
    >
      <Field label={t.compilation.nameField} hint={t.compilation.nameHint(limits.label)} required>
        <Input value={label} maxLength={limits.label} onChange={(_, data) => setLabel(data.value)} />
      </Field>
    </ActionDialog>
  );
}

function ConclusionDialog({ theme, compilation }: Omit<Props, 'draft'>) {
  const t = useTexts();
  const [text, setText] = useState(theme.conclusion ?? '');
  return (
    <ActionDialog
      trigger={{ label: theme.conclusion ? t.compilation.editConclusion : t.compilation.writeConclusion }}
      title={t.compilation.conclusionTitle(theme.label)}
      confirmLabel={t.compilation.save}
      working={compilation.working}
      onOpen={() => setText(theme.conclusion ?? '')}
      onConfirm={() =>
        compilation.edit(
          { kind: 'conclude', themeId: theme.id, conclusion: text.trim() },
          t.compilation.done.conclude,
        )
      }
    >
      <Field
        label={t.compilation.conclusionField}
        hint={t.compilation.conclusionHint(text.length, limits.conclusion)}
      >
        <Textarea
          value={text}
          rows={6}
          resize="vertical"
          maxLength={limits.conclusion}
          onChange={(_, data) => setText(data.value)}
        />
      </Field>
    </ActionDialog>
  );
}

/** Pinning puts a theme at a place of its own; the rest follow by size. */
function OrderPicker({ theme, draft, compilation }: Props) {
  const t = useTexts();
  const styles = useStyles();
  const selectId = useId();
  const places = Array.from({ length: Math.max(draft.themes.length, 1) }, (_, i) => i + 1);
  return (
    <div className={styles.order}>
      <Label htmlFor={selectId}>{t.compilation.order}</Label>
      <Select
        id={selectId}
        value={theme.pinned === null ? 'size' : String(theme.pinned)}
        disabled={compilation.working}
        onChange={(_, data) => {
          const position = data.value === 'size' ? null : Number(data.value);
          void compilation.edit({ kind: 'pin', themeId: theme.id, position }, t.compilation.done.pin);
        }}
      >
        <option value="size">{t.compilation.bySize}</option>
        {places.map((place) => (
          <option key={place} value={String(place)}>
            {t.compilation.place(place)}
          </option>
        ))}
      </Select>
    </div>
  );
}
