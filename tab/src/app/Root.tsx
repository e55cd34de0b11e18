import {
  FluentProvider,
  type Theme,
  teamsDarkTheme,
  teamsHighContrastTheme,
  teamsLightTheme,
} from '@fluentui/react-components';
import { type ReactNode, useEffect, useState } from 'react';
import { ErrorBar } from '../components/ErrorBar';
import { Loading } from '../components/Loading';
import { languageOf, TextsProvider, textsFor } from '../i18n';
import { connectToTeams, type HostTheme, isTeamsHost, type TeamsHost } from '../teams';
import { CrashBoundary } from './CrashBoundary';
import { Frame } from './Frame';
import { useStaticStyles, useStyles } from './Root.styles';
import { SignIn } from './SignIn';

const fluentThemes: Record<HostTheme, Theme> = {
  light: teamsLightTheme,
  dark: teamsDarkTheme,
  contrast: teamsHighContrastTheme,
};

function themeParam(value: string | null): HostTheme {
  return value === 'dark' || value === 'contrast' ? value : 'light';
}

/**
 * Inside Teams the theme and language follow the Teams client (and change with it); in a plain
 * browser `?theme=light|dark|contrast` and `?lang=en` choose them.
 */
export function Root({ search }: { search: URLSearchParams }) {
  useStaticStyles();
  const styles = useStyles();
  const inTeams = isTeamsHost(search);
  const [host, setHost] = useState<TeamsHost | null>(null);
  const [hostError, setHostError] = useState<unknown>(null);
  const [theme, setTheme] = useState<HostTheme>(() => (inTeams ? 'light' : themeParam(search.get('theme'))));
  const language = languageOf(host ? host.context.locale : search.get('lang'));
  const t = textsFor(language);

  useEffect(() => {
    if (!inTeams) return;
    let cancelled = false;
    connectToTeams().then(
      (connected) => {
        if (cancelled) return;
        setHost(connected);
        setTheme(connected.context.theme);
        connected.onThemeChange(setTheme);
      },
      (error: unknown) => {
        console.error('Could not connect to Teams', error);
        if (!cancelled) setHostError(error);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [inTeams]);

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  let content: ReactNode;
  if (inTeams && hostError) {
    content = (
      <Frame>
        <ErrorBar error={hostError} title={t.errors.teamsConnect} />
      </Frame>
    );
  } else if (inTeams && !host) {
    content = (
      <Frame>
        <Loading label={t.common.connectingTeams} />
      </Frame>
    );
  } else {
    content = <SignIn host={host} language={language} />;
  }

  return (
    <FluentProvider theme={fluentThemes[theme]} dir="ltr">
      {/* Not on the provider itself: its class also goes to every portal (menus, dialogs). */}
      <div className={styles.root}>
        <TextsProvider value={t}>
          <CrashBoundary>{content}</CrashBoundary>
        </TextsProvider>
      </div>
    </FluentProvider>
  );
}
