/** What became of a message meant as an answer; the Teams adapter turns it into a reply. */
export type AnswerOutcome =
  | {
      kind: 'stored';
      /** The questions the parts went to; null for a part that fits no question ("Allmänt"). */
      questions: (number | null)[];
      /** True when the message had no numbers: it is stored as general and the author is asked. */
      unnumbered: boolean;
      /** Personal identity numbers taken out before storing. */
      redacted: number;
    }
  | { kind: 'duplicate' }
  | { kind: 'empty' }
  | { kind: 'refused'; reason: 'notOpen' | 'closed' | 'deadlinePassed'; closedAt: Date | null };
