/**
 * A management group: one channel of an installed team, given a display name by the
 * coordinator ("Psykiatri Halland"). Rounds are sent to groups, answers are kept per group.
 */
export type Group = {
  id: string;
  name: string;
  teamId: string;
  channelId: string;
};

/**
 * How a group answers a round: *together* gives one shared answer per group in its channel;
 * *individual* asks every member, in the channel and 1:1.
 */
export type AnswerMode = 'together' | 'individual';
