import { answerConfirmCard } from '../../bot/cards/answerConfirmCard';
import { didYouMeanCard } from '../../bot/cards/didYouMeanCard';
import { questionChoiceCard } from '../../bot/cards/questionChoiceCard';
import { withSubmitFallbacks } from '../../bot/teams/cardActions';
import { cardSchemaProblems } from './cardSchema';

describe('the cards that ask before a chat message is taken for something', () => {
  const confirm = answerConfirmCard(
    {
      roundId: 'r1',
      groupId: 'g1',
      activityId: 'a1',
      text: '[klicka](https://example.invalid) **nu**',
      roundTitle: 'Samlade lärdomar',
      questionCount: 4,
    },
    'sv',
  );

  it('offers each question and Allmänt to choose from, or "no answer", and shows the text as written', () => {
    expect(cardSchemaProblems(withSubmitFallbacks(confirm))).toEqual([]);
    expect((confirm.actions as { title: string }[]).map((action) => action.title)).toEqual([
      'Spara som svar',
      'Inget svar',
    ]);
    const choices = JSON.stringify(confirm.body).match(/"title":"(Fråga \d+|Allmänt)"/g);
    expect(choices).toEqual([
      '"title":"Fråga 1"',
      '"title":"Fråga 2"',
      '"title":"Fråga 3"',
      '"title":"Fråga 4"',
      '"title":"Allmänt"',
    ]);
    const text = JSON.stringify(confirm.body);
    expect(text).toContain('"type":"TextRun","text":"”[klicka](https://example.invalid) **nu**”"');
  });

  it('asks whether a command was meant, in Swedish and English', () => {
    const sv = didYouMeanCard('status', 'sv');
    const en = didYouMeanCard('remind', 'en');

    expect(cardSchemaProblems(withSubmitFallbacks(sv))).toEqual([]);
    expect(JSON.stringify(sv)).toContain('Menade du **status**?');
    expect(JSON.stringify(en)).toContain('Did you mean **remind**?');
    expect((sv.actions as { data: unknown }[]).map((action) => action.data)).toEqual([
      { command: 'status' },
      { command: 'help' },
    ]);
  });

  it('lets the author of an unnumbered answer choose among ten questions with one button', () => {
    const card = questionChoiceCard(
      { roundId: 'r1', groupId: 'g1', activityId: 'a1', questionCount: 10 },
      'sv',
    );

    expect(cardSchemaProblems(withSubmitFallbacks(card))).toEqual([]);
    expect(card.actions).toHaveLength(1);
    expect(JSON.stringify(card.body).match(/"value":"(\d+|general)"/g)).toHaveLength(12);
  });
});
