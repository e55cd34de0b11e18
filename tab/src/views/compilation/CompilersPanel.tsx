import {
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Field,
  Input,
} from '@fluentui/react-components';
import { type FormEvent, useState } from 'react';
import { describeError } from '../../api/apiError';
import type { CompilationView } from '../../api/types';
import { LiveRegion } from '../../components/LiveRegion';
import { useSharedStyles } from '../../components/shared.styles';
import { useTexts } from '../../i18n';
import { useSession } from '../../session/session';
import { useStyles } from './compilation.styles';

type Props = { roundId: string; draft: CompilationView; onChanged: () => void };

/** Who compiles this round beside the coordinators, named by the address they sign in with. */
export function CompilersPanel({ roundId, draft, onChanged }: Props) {
  const t = useTexts();
  const styles = useStyles();
  const shared = useSharedStyles();
  const { api } = useSession();
  const [address, setAddress] = useState('');
  const [working, setWorking] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const save = async (compilers: string[], done: string) => {
    setWorking(true);
    try {
      await api.post(`/api/rounds/${encodeURIComponent(roundId)}/compilers`, { compilers });
      setMessage({ ok: true, text: done });
      onChanged();
      return true;
    } catch (error) {
      setMessage({ ok: false, text: describeError(error, t) });
      return false;
    } finally {
      setWorking(false);
    }
  };

  const add = async (event: FormEvent) => {
    event.preventDefault();
    const added = address.trim();
    if (!added) return;
    if (await save([...draft.compilers, added], t.compilation.compilerAdded(added))) setAddress('');
  };

  return (
    <AccordionItem value="compilers">
      <AccordionHeader as="h2">{t.compilation.compilersHeading(draft.compilers.length)}</AccordionHeader>
      <AccordionPanel>
        <p className={styles.hint}>{t.compilation.compilersBody}</p>
        {draft.compilers.length > 0 && (
          <ul className={shared.plainList}>
            {draft.compilers.map((compiler) => (
              <li key={compiler} className={styles.compiler}>
                <span>{compiler}</span>
                <Button
                  size="small"
                  disabledFocusable={working}
                  aria-label={t.compilation.removeCompilerLabel(compiler)}
                  onClick={() =>
                    void save(
                      draft.compilers.filter((c) => c !== compiler),
                      t.compilation.compilerRemoved(compiler),
                    )
                  }
                >
                  {t.compilation.removeCompiler}
                </Button>
              </li>
            ))}
          </ul>
        )}
        {/* The server's sentence says what is wrong with an address, in the reader's language. */}
        <form onSubmit={add} className={styles.filters} noValidate>
          <Field label={t.compilation.compilerField} className={styles.searchField}>
            <Input
              type="email"
              value={address}
              maxLength={254}
              placeholder="anna.ek@region.se"
              onChange={(_, data) => setAddress(data.value)}
            />
          </Field>
          <Button type="submit" disabledFocusable={working}>
            {t.compilation.addCompiler}
          </Button>
        </form>
        <LiveRegion>
          {message && <p className={message.ok ? styles.hint : styles.refusal}>{message.text}</p>}
        </LiveRegion>
      </AccordionPanel>
    </AccordionItem>
  );
}
