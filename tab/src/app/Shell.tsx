import { Suspense, useEffect, useRef } from 'react';
import { AppLink } from '../components/AppLink';
import { Loading } from '../components/Loading';
import { useTexts } from '../i18n';
import { navigate, type Route, useRoute, type View } from '../route';
import { isCoordinator, seesStatus, useSession } from '../session/session';
import { RoundsView } from '../views/rounds/RoundsView';
import { Frame } from './Frame';
import { compilationView, configView, presentView, statusView, themesView } from './lazyViews';
import { useStyles } from './Shell.styles';
import { UserBox } from './UserBox';

const { View: StatusView } = statusView;
const { View: ThemesView } = themesView;
const { View: CompilationView } = compilationView;
const { View: PresentView } = presentView;
const { View: ConfigView } = configView;

/** The signed-in app: the navigation and the view the address names. */
export function Shell() {
  const t = useTexts();
  const styles = useStyles();
  const { me, host, signOut } = useSession();
  const route = useEffectiveRoute();
  const roundId = route.roundId;

  useEffect(() => {
    const title = viewTitle(route.view, t, isCoordinator(me));
    document.title = title === t.app.name ? title : `${title} – ${t.app.name}`;
  }, [route.view, t, me]);

  useFocusOnNavigation(route);
  usePreloadedViews();

  if (route.view === 'present') {
    return (
      <Suspense fallback={<Loading label={t.present.loading} />}>
        <PresentView roundId={roundId} />
      </Suspense>
    );
  }

  const links: { to: Route; label: string }[] = [
    { to: { view: 'rounds', roundId: null }, label: t.nav.rounds },
  ];
  if (roundId && route.view !== 'config') {
    if (seesStatus(me)) links.push({ to: { view: 'status', roundId }, label: t.nav.status });
    links.push({ to: { view: 'themes', roundId }, label: t.nav.themes });
    links.push({
      to: { view: 'compilation', roundId },
      label: isCoordinator(me) ? t.nav.compilation : t.nav.answers,
    });
  }

  return (
    <Frame
      nav={
        // The settings page sits in Teams' own dialog: nothing to navigate to from there.
        route.view === 'config' ? undefined : (
          <nav aria-label={t.app.navLabel}>
            <ul className={styles.navList}>
              {links.map((link) => (
                <li key={link.to.view}>
                  <AppLink to={link.to} current={link.to.view === route.view} className={styles.navLink}>
                    {link.label}
                  </AppLink>
                </li>
              ))}
            </ul>
          </nav>
        )
      }
      user={host ? undefined : <UserBox name={me.name} signOut={signOut} />}
    >
      <Suspense fallback={<Loading label={t.common.working} />}>
        {route.view === 'rounds' && <RoundsView />}
        {route.view === 'status' && <StatusView roundId={roundId} />}
        {route.view === 'themes' && <ThemesView roundId={roundId} groupId={route.groupId ?? null} />}
        {route.view === 'compilation' && <CompilationView roundId={roundId} />}
        {route.view === 'config' && <ConfigView />}
      </Suspense>
    </Frame>
  );
}

function viewTitle(view: View, t: ReturnType<typeof useTexts>, coordinator: boolean): string {
  switch (view) {
    case 'status':
      return t.status.title;
    case 'themes':
      return t.themes.title;
    case 'compilation':
      return coordinator ? t.compilation.title : t.compilation.readerTitle;
    case 'present':
      return t.present.title;
    case 'config':
      return t.config.title;
    default:
      return t.rounds.title;
  }
}

/**
 * Teams decides some views by where it shows the tab: its settings dialog is always the settings
 * page, and a tab opened on the meeting stage starts presenting.
 */
function useEffectiveRoute(): Route {
  const route = useRoute();
  const { host } = useSession();
  const frame = host?.context.frameContext;
  const startedOnStage = useRef(frame === 'meetingStage');
  useEffect(() => {
    if (startedOnStage.current && route.view === 'themes' && route.roundId) {
      startedOnStage.current = false;
      navigate({ view: 'present', roundId: route.roundId }, { replace: true });
    }
  }, [route]);
  return frame === 'settings' ? { view: 'config', roundId: route.roundId } : route;
}

/** After moving to another view, a screen reader starts reading at the new main content. */
function useFocusOnNavigation(route: Route) {
  const first = useRef(true);
  const key = `${route.view}|${route.roundId ?? ''}`;
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    document.getElementById('main')?.focus({ preventScroll: true });
  }, [key]);
}

/**
 * Once the first view is up, the others' code is fetched in the background, so following a link
 * shows the next view at once instead of a spinner.
 */
function usePreloadedViews() {
  useEffect(() => {
    const timer = window.setTimeout(() => {
      for (const view of [themesView, statusView, presentView]) view.preload().catch(() => undefined);
    }, 1500);
    return () => window.clearTimeout(timer);
  }, []);
}
