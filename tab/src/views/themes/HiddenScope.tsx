import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { ScopeThemes } from '../../api/types';
import { useTexts } from '../../i18n';
import { missingPeople } from './scopes';

/** Too few people have answered: say how many more are needed, and why themes wait for them. */
export function HiddenScope({ scope }: { scope: Extract<ScopeThemes, { visible: false }> }) {
  const t = useTexts();
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t.themes.hidden(scope.threshold, missingPeople(scope))}</MessageBarTitle>
        {t.themes.hiddenWhy}
      </MessageBarBody>
    </MessageBar>
  );
}
