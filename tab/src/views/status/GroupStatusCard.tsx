import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  Card,
  Spinner,
} from '@fluentui/react-components';
import { useId } from 'react';
import type { DeliveryState, GroupStatusView } from '../../api/types';
import { useSharedStyles } from '../../components/shared.styles';
import { useFormat } from '../../format/useFormat';
import { useTexts } from '../../i18n';
import { useStyles } from './GroupStatusCard.styles';
import { isComplete } from './groupProgress';

const deliveryColor: Record<DeliveryState, 'success' | 'warning' | 'danger' | 'informative'> = {
  sent: 'success',
  pending: 'warning',
  failed: 'danger',
  none: 'informative',
};

type Props = {
  group: GroupStatusView;
  questionCount: number;
  /** Set when the caller may remind this group now. */
  onRemind: (() => void) | null;
  busy: boolean;
  reminding: boolean;
};

export function GroupStatusCard({ group, questionCount, onRemind, busy, reminding }: Props) {
  const t = useTexts();
  const styles = useStyles();
  const shared = useSharedStyles();
  const format = useFormat();
  const nameId = useId();
  const complete = isComplete(group, questionCount);
  const questions = Array.from({ length: questionCount }, (_, i) => i + 1);

  return (
    <Card className={styles.card} role="region" aria-labelledby={nameId}>
      <div className={styles.head}>
        <h3 id={nameId} className={styles.name}>
          {group.name}
        </h3>
        {complete && (
          <Badge appearance="tint" color="success">
            {t.status.complete}
          </Badge>
        )}
      </div>
      <dl className={styles.facts}>
        <dt className={styles.term}>{t.status.mode}</dt>
        <dd className={styles.detail}>{t.status.modes[group.mode]}</dd>
        <dt className={styles.term}>{t.status.delivery}</dt>
        <dd className={styles.detail}>
          <Badge appearance="tint" color={deliveryColor[group.delivery.state]}>
            {t.status.deliveryStates[group.delivery.state]}
          </Badge>
          {group.delivery.state === 'failed' && group.delivery.reason && (
            <span className={styles.reason}>
              <span className={shared.visuallyHidden}>: </span>
              {group.delivery.reason}
            </span>
          )}
        </dd>
        <dt className={styles.term}>{t.status.lastAnswer}</dt>
        <dd className={styles.detail}>
          {group.lastAnswerAt ? (
            <time dateTime={group.lastAnswerAt} title={format.dateTime(group.lastAnswerAt)}>
              {format.relative(group.lastAnswerAt)}
            </time>
          ) : (
            t.status.noAnswers
          )}
        </dd>
      </dl>
      <div className={styles.tableWrap}>
        <table className={styles.table}>
          <caption className={shared.visuallyHidden}>{t.status.perQuestionCaption(group.name)}</caption>
          <thead>
            <tr>
              <td aria-hidden="true">{t.status.questionShort}</td>
              {questions.map((n) => (
                <th key={n} scope="col" className="count">
                  <span className={shared.visuallyHidden}>{t.status.questionShort} </span>
                  {n}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">{t.status.answersRow}</th>
              {questions.map((n) => (
                <td key={n} className="count">
                  {group.answeredPerQuestion[n - 1] ?? 0}
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>
      {group.people && (
        <Accordion collapsible>
          <AccordionItem value="people">
            <AccordionHeader size="small">{t.status.people(group.people.length)}</AccordionHeader>
            <AccordionPanel>
              <table className={styles.table}>
                <caption className={shared.visuallyHidden}>{t.status.peopleCaption(group.name)}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t.status.person}</th>
                    <th scope="col">{t.status.answered}</th>
                  </tr>
                </thead>
                <tbody>
                  {group.people.map((person) => (
                    <tr key={person.id}>
                      <th scope="row">{person.name}</th>
                      <td className={person.answeredQuestions.length === 0 ? styles.missing : undefined}>
                        {person.answeredQuestions.length === 0
                          ? t.status.personNone
                          : person.answeredQuestions.length >= questionCount
                            ? t.status.personAll
                            : t.status.personSome([...person.answeredQuestions].sort((a, b) => a - b))}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </AccordionPanel>
          </AccordionItem>
        </Accordion>
      )}
      {onRemind && !complete && (
        <div>
          <Button
            size="small"
            disabledFocusable={busy}
            icon={reminding ? <Spinner size="tiny" /> : undefined}
            onClick={onRemind}
            aria-label={t.status.remindGroupLabel(group.name)}
          >
            {t.status.remindGroup}
          </Button>
        </div>
      )}
    </Card>
  );
}
