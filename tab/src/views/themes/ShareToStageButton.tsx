import { Button, MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import { useState } from 'react';
import { LiveRegion } from '../../components/LiveRegion';
import { useTexts } from '../../i18n';
import { teamsUrlFor } from '../../route';
import type { TeamsHost } from '../../teams';

type Outcome = 'shared' | 'failed' | null;

/** "Dela till mötet": puts the presentation on the meeting stage, from the meeting side panel. */
export function ShareToStageButton({ host, roundId }: { host: TeamsHost; roundId: string }) {
  const t = useTexts();
  const [working, setWorking] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);

  const share = () => {
    setWorking(true);
    setOutcome(null);
    host.shareToStage(teamsUrlFor({ view: 'present', roundId })).then(
      () => {
        setWorking(false);
        setOutcome('shared');
      },
      (error: unknown) => {
        console.warn('Sharing to the meeting stage failed', error);
        setWorking(false);
        setOutcome('failed');
      },
    );
  };

  return (
    <>
      <Button
        disabledFocusable={working}
        icon={working ? <Spinner size="tiny" /> : undefined}
        onClick={share}
      >
        {t.themes.shareToStage}
      </Button>
      <LiveRegion>
        {outcome && (
          <MessageBar intent={outcome === 'shared' ? 'success' : 'error'}>
            <MessageBarBody>{outcome === 'shared' ? t.themes.shared : t.themes.shareFailed}</MessageBarBody>
          </MessageBar>
        )}
      </LiveRegion>
    </>
  );
}
