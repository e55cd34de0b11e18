import { Dropdown, Field, MessageBar, MessageBarBody, makeStyles, Option } from '@fluentui/react-components';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { RoundSummary } from '../../api/types';
import { EmptyState } from '../../components/EmptyState';
import { ErrorBar } from '../../components/ErrorBar';
import { Loading } from '../../components/Loading';
import { useSharedStyles } from '../../components/shared.styles';
import { useLoad } from '../../hooks/useLoad';
import { useTexts } from '../../i18n';
import { teamsUrlFor, useRoute } from '../../route';
import { useSession } from '../../session/session';
import type { TabConfig } from '../../teams';

const useStyles = makeStyles({ field: { maxWidth: '480px' } });

/**
 * The configurable tab's settings page: choose the round the tab shows. Teams' Save button stays
 * disabled until a round is chosen; saving points the tab at that round's themes.
 */
export default function ConfigView() {
  const t = useTexts();
  const styles = useStyles();
  const shared = useSharedStyles();
  const { api, host } = useSession();
  const route = useRoute();
  const load = useCallback(
    (signal: AbortSignal) => api.get<{ rounds: RoundSummary[] }>('/api/rounds', signal),
    [api],
  );
  const rounds = useLoad(load);
  const [selected, setSelected] = useState<string | null>(route.roundId);
  const choices = (rounds.data?.rounds ?? []).filter((round) => round.state !== 'draft');
  const chosen = choices.find((round) => round.id === selected) ?? null;

  const chosenRef = useRef(chosen);
  chosenRef.current = chosen;
  const textsRef = useRef(t);
  textsRef.current = t;
  // A group is a channel (the General channel's id is the team's): the channel names the group.
  const channelId = host?.context.channelId ?? host?.context.teamId ?? null;
  const groupRef = useRef(channelId);
  groupRef.current = channelId;

  useEffect(() => {
    host?.settings.setValid(chosen !== null);
  }, [host, chosen]);

  useEffect(() => {
    host?.settings.onSave(async (): Promise<TabConfig> => {
      const round = chosenRef.current;
      if (!round) throw new Error(textsRef.current.config.saveFailed);
      // In a channel the tab opens at that channel's group; the view falls back to all groups when
      // the round did not ask it.
      const contentUrl = teamsUrlFor({ view: 'themes', roundId: round.id, groupId: groupRef.current });
      const websiteUrl = new URL(contentUrl);
      websiteUrl.searchParams.delete('host');
      return {
        contentUrl,
        websiteUrl: websiteUrl.toString(),
        entityId: `lardomar-round-${round.id}`,
        suggestedDisplayName: textsRef.current.config.tabName(round.title),
      };
    });
  }, [host]);

  return (
    <>
      <h1 className={shared.pageTitle}>{t.config.title}</h1>
      <p className={shared.lead}>{t.config.intro}</p>
      {rounds.error ? (
        <ErrorBar error={rounds.error} onRetry={rounds.refresh} />
      ) : !rounds.data ? (
        <Loading label={t.rounds.loading} />
      ) : choices.length === 0 ? (
        <EmptyState>{t.config.noRounds}</EmptyState>
      ) : (
        <div className={shared.stack}>
          <Field label={t.config.round} className={styles.field}>
            <Dropdown
              placeholder={t.config.placeholder}
              value={chosen?.title ?? ''}
              selectedOptions={chosen ? [chosen.id] : []}
              onOptionSelect={(_, data) => setSelected(data.optionValue ?? null)}
            >
              {choices.map((round) => (
                <Option key={round.id} value={round.id} text={round.title}>
                  {`${round.title} (${t.rounds.state[round.state]})`}
                </Option>
              ))}
            </Dropdown>
          </Field>
          {!host && (
            <MessageBar intent="info">
              <MessageBarBody>{t.config.outsideTeams}</MessageBarBody>
            </MessageBar>
          )}
        </div>
      )}
    </>
  );
}
