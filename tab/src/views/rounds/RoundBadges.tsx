import { Badge } from '@fluentui/react-components';
import type { RoundHeader } from '../../api/types';
import { useSharedStyles } from '../../components/shared.styles';
import { useTexts } from '../../i18n';
import { stateAppearance } from './roundWords';

/** "Pågår" / "Stängd" / "Utkast", and "Exempel" for the sample round. */
export function RoundBadges({ round }: { round: Pick<RoundHeader, 'state' | 'demo'> }) {
  const t = useTexts();
  const shared = useSharedStyles();
  return (
    <span className={shared.row}>
      <Badge appearance="tint" color={stateAppearance(round.state).color}>
        {t.rounds.state[round.state]}
      </Badge>
      {round.demo && (
        <Badge appearance="outline" color="brand" title={t.rounds.demoHint}>
          {t.rounds.demo}
        </Badge>
      )}
    </span>
  );
}
