import { Button } from '@fluentui/react-components';
import type { MouseEvent } from 'react';
import { useTexts } from '../../i18n';
import { hrefFor, navigate, type Route } from '../../route';
import { enterFullscreen } from '../present/fullscreen';

/** Opens the presentation; asks for full screen inside the click, while it counts as a gesture. */
export function PresentButton({ roundId }: { roundId: string }) {
  const t = useTexts();
  const to: Route = { view: 'present', roundId };
  const onClick = (event: MouseEvent) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    enterFullscreen();
    navigate(to);
  };
  return (
    <Button as="a" href={hrefFor(to)} appearance="primary" onClick={onClick}>
      {t.themes.present}
    </Button>
  );
}
