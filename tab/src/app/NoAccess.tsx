import { useSharedStyles } from '../components/shared.styles';
import { useTexts } from '../i18n';
import { Frame } from './Frame';
import { UserBox } from './UserBox';

type Props = { name: string | null; signOut: (() => void) | null };

/** Signed in, but without a role: nothing to show, and why, in plain words. */
export function NoAccess({ name, signOut }: Props) {
  return (
    <Frame user={<UserBox name={name} signOut={signOut} />}>
      <NoAccessMessage />
    </Frame>
  );
}

/** Also shown inside a view when the API answers 403 for that round. */
export function NoAccessMessage() {
  const t = useTexts();
  const shared = useSharedStyles();
  return (
    <section aria-labelledby="no-access-title">
      <h1 id="no-access-title" className={shared.pageTitle}>
        {t.noAccess.title}
      </h1>
      <p className={shared.lead}>{t.noAccess.body}</p>
      <p>{t.noAccess.hint}</p>
    </section>
  );
}
