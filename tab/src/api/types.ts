/** The one place the tab reaches into the server's contract; types only, nothing is bundled. */
export type {
  ActionResult,
  DeliveryState,
  DevUser,
  ErrorBody,
  ErrorCode,
  GroupStatusView,
  Me,
  Role,
  RoundHeader,
  RoundStatusView,
  RoundSummary,
  RoundThemesView,
  ScopeThemes,
  ThemeView,
} from '../../../bot/api/contract';
