import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { describeError } from '../api/apiError';
import { useTexts } from '../i18n';

type Props = {
  error: unknown;
  onRetry?: () => void;
  title?: string;
  /** False inside a LiveRegion, which announces it already. */
  alert?: boolean;
};

/** An API failure in words (the server's own message when it gave one), with a way to try again. */
export function ErrorBar({ error, onRetry, title, alert = true }: Props) {
  const t = useTexts();
  return (
    <div role={alert ? 'alert' : undefined}>
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{title ?? t.errors.title}</MessageBarTitle>
          {describeError(error, t)}
        </MessageBarBody>
        {onRetry && (
          <MessageBarActions>
            <Button onClick={onRetry}>{t.common.reload}</Button>
          </MessageBarActions>
        )}
      </MessageBar>
    </div>
  );
}
