import type { ReactNode } from 'react';
import { useTexts } from '../i18n';
import { useStyles } from './Frame.styles';

type Props = { nav?: ReactNode; user?: ReactNode; children: ReactNode };

/** The page's landmarks: a banner with the app's name, navigation and who is signed in; then main. */
export function Frame({ nav, user, children }: Props) {
  const styles = useStyles();
  const t = useTexts();
  return (
    <>
      <a href="#main" className={styles.skipLink}>
        {t.app.skipToContent}
      </a>
      <header className={styles.header}>
        <span className={styles.appName}>{t.app.name}</span>
        <div className={styles.nav}>{nav}</div>
        {user && <div className={styles.user}>{user}</div>}
      </header>
      <main id="main" tabIndex={-1} className={styles.main}>
        {children}
      </main>
    </>
  );
}
