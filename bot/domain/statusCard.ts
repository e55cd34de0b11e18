import type { Locale } from './locale';
import type { ConversationAddress } from './team';

/** A status card a coordinator has open, which is redrawn as its round's delivery progresses. */
export type LiveStatusCard = {
  roundId: string;
  activityId: string;
  address: ConversationAddress;
  locale: Locale;
  viewerId: string;
};
