import { Button } from '@fluentui/react-components';
import { useTexts } from '../i18n';

type Props = { name: string | null; signOut: (() => void) | null };

/** Who is signed in; in local mode also "Byt person", back to the list of people. */
export function UserBox({ name, signOut }: Props) {
  const t = useTexts();
  return (
    <>
      {name && <span>{t.app.signedInAs(name)}</span>}
      {signOut && (
        <Button size="small" appearance="secondary" onClick={signOut}>
          {t.app.switchPerson}
        </Button>
      )}
    </>
  );
}
