import { Link } from '@fluentui/react-components';
import type { MouseEvent, ReactNode } from 'react';
import { hrefFor, navigate, type Route } from '../route';

type Props = {
  to: Route;
  children: ReactNode;
  /** Runs inside the click, while the browser still counts it as a user gesture (fullscreen). */
  onNavigate?: () => void;
  current?: boolean;
  className?: string;
};

/** A real link (Ctrl/⌘-click opens a new tab), navigating inside the tab on a plain click. */
export function AppLink({ to, children, onNavigate, current, className }: Props) {
  const onClick = (event: MouseEvent) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    onNavigate?.();
    navigate(to);
  };
  return (
    <Link
      href={hrefFor(to)}
      onClick={onClick}
      className={className}
      aria-current={current ? 'page' : undefined}
    >
      {children}
    </Link>
  );
}
