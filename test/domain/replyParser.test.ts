import fc from 'fast-check';
import { parseReply } from '../../bot/domain/replyParser';

describe('parseReply', () => {
  it.each([
    ['1. Snabbare beslut\n2. Digitala möten', [1, 2]],
    ['1) Snabbare beslut\n2) Digitala möten', [1, 2]],
    ['Fråga 2: Digitala möten\nFråga 4: Samverkan', [2, 4]],
    ['fråga 3 - Bemanningen', [3]],
    ['2 – Digitala möten\n3 — Osäkerheten', [2, 3]],
    ['Q1: Faster decisions\nQuestion 2 - Remote meetings', [1, 2]],
    ['  1.Snabbare beslut', [1]],
  ])('splits %j into parts for questions %j', (text, questions) => {
    const parsed = parseReply(text, 4);

    expect(parsed.kind).toBe('numbered');
    expect(parsed.parts.map((part) => part.questionNumber)).toEqual(questions);
  });

  it('keeps the text of each part, with its own line breaks, and without the marker', () => {
    const parsed = parseReply(
      '1. Vi lärde oss att\nfatta beslut snabbare.\n\n2. Digitala möten fungerar.',
      4,
    );

    expect(parsed.parts).toEqual([
      { questionNumber: 1, text: 'Vi lärde oss att\nfatta beslut snabbare.' },
      { questionNumber: 2, text: 'Digitala möten fungerar.' },
    ]);
  });

  it('keeps words of substance before the first number as a general remark', () => {
    expect(parseReply('Vi är överens om det mesta.\n1. Beslut\n2. Möten', 4).parts).toEqual([
      { questionNumber: null, text: 'Vi är överens om det mesta.' },
      { questionNumber: 1, text: 'Beslut' },
      { questionNumber: 2, text: 'Möten' },
    ]);
  });

  it.each([
    'Här är våra svar:',
    'Här är ledningsgruppens gemensamma svar:',
    'Svar:',
    'Hej! Här kommer våra svar',
    'Our answers below',
  ])('takes the lead-in %j for what it is, not an answer', (leadIn) => {
    const parsed = parseReply(`${leadIn}\n1. Beslut\n2. Möten`, 4);

    expect(parsed).toEqual({
      kind: 'numbered',
      parts: [
        { questionNumber: 1, text: 'Beslut' },
        { questionNumber: 2, text: 'Möten' },
      ],
      leadIn,
    });
  });

  it('splits numbered answers written on one line, after a lead-in', () => {
    const parsed = parseReply(
      'Svar: 1. Vi måste fatta beslut snabbare. 2. Vi införde digitala möten. 3. Bemanningen. 4. Osäkerheten kl. 10:30 varje dag, 1.5 miljoner samtal.',
      4,
    );

    expect(parsed).toEqual({
      kind: 'numbered',
      parts: [
        { questionNumber: 1, text: 'Vi måste fatta beslut snabbare.' },
        { questionNumber: 2, text: 'Vi införde digitala möten.' },
        { questionNumber: 3, text: 'Bemanningen.' },
        { questionNumber: 4, text: 'Osäkerheten kl. 10:30 varje dag, 1.5 miljoner samtal.' },
      ],
      leadIn: 'Svar:',
    });
  });

  it.each([
    ['a lone number inside a sentence', 'Vi kom på 1. plats i länet.'],
    ['numbers out of order', 'Vecka 3. kom beslutet och vecka 1. var kaos.'],
    ['a question referred to', 'Som vi skrev om fråga 2 ovan: 1 av 3 chefer saknades.'],
  ])('leaves %s as text', (_what, text) => {
    expect(parseReply(text, 4)).toEqual({ kind: 'unnumbered', parts: [{ questionNumber: null, text }] });
  });

  it.each([
    'Vi lärde oss mycket om samverkan.',
    '2026 var ett tufft år för oss.',
    '1.5 miljoner samtal till 1177 under våren.',
    '10:30 varje dag hade vi avstämning.',
    '7. Den här frågan finns inte',
    '2-3 dagar tog det att ställa om.',
  ])('reads %j as unnumbered', (text) => {
    const parsed = parseReply(text, 4);

    expect(parsed.kind).toBe('unnumbered');
    expect(parsed.parts).toEqual([{ questionNumber: null, text }]);
  });

  it('reads nothing but space as empty', () => {
    expect(parseReply(' \n\t\n', 4)).toEqual({ kind: 'empty', parts: [] });
    expect(parseReply('1.\n2.', 4)).toEqual({ kind: 'empty', parts: [] });
  });

  it('never throws, and never loses a word (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.integer({ min: 1, max: 10 }), (text, questions) => {
        const parsed = parseReply(text, questions);
        const words = (value: string) => value.split(/\s+/).filter(Boolean);
        const kept = [
          ...parsed.parts.flatMap((part) => words(part.text)),
          ...(parsed.kind === 'numbered' ? words(parsed.leadIn ?? '') : []),
        ];
        for (const part of parsed.parts) {
          expect(part.text.trim()).not.toBe('');
          if (part.questionNumber !== null) {
            expect(part.questionNumber).toBeGreaterThanOrEqual(1);
            expect(part.questionNumber).toBeLessThanOrEqual(questions);
          }
        }
        // Only the markers themselves ("1.", "Fråga 2:") may go, also when nothing follows them
        // ("1." alone is an empty reply); a marker glued to its word ("1.Digitala") costs one.
        const marker = /^(?:fråga|question|q)$|^q?\d{1,2}[.:)\-–—]?$/i;
        const content = words(text).filter((word) => !marker.test(word));
        expect(kept.length).toBeLessThanOrEqual(words(text).length);
        expect(kept.length).toBeGreaterThanOrEqual(content.length - parsed.parts.length);
      }),
    );
  });

  it('finds every numbered line of a generated answer (property)', () => {
    const answer = fc.array(
      fc.record({
        question: fc.integer({ min: 1, max: 10 }),
        style: fc.constantFrom('1. ', '1) ', 'Fråga 1: ', '1 – ', 'Q1: '),
        text: fc.stringMatching(/^[A-Za-zåäöÅÄÖ][A-Za-zåäöÅÄÖ ,]{0,40}$/),
      }),
      { minLength: 1, maxLength: 10 },
    );
    fc.assert(
      fc.property(answer, (items) => {
        const text = items
          .map((item) => `${item.style.replace('1', String(item.question))}${item.text}`)
          .join('\n');
        const parsed = parseReply(text, 10);

        expect(parsed.kind).toBe('numbered');
        expect(parsed.parts.map((part) => part.questionNumber)).toEqual(items.map((item) => item.question));
      }),
    );
  });

  const sentence = fc.stringMatching(/^[A-Za-zåäöÅÄÖ][A-Za-zåäöÅÄÖ ,]{0,40}[a-zåäö.!]$/);

  it('splits numbered answers on one line into the same parts as on separate lines (property)', () => {
    fc.assert(
      fc.property(
        fc.array(sentence, { minLength: 2, maxLength: 10 }),
        fc.constantFrom('. ', ') ', ': '),
        fc.constantFrom('', 'Svar: ', 'Här är våra svar: '),
        (texts, style, leadIn) => {
          const numbered = texts.map((text, index) => `${index + 1}${style}${text}`);
          const oneLine = parseReply(`${leadIn}${numbered.join(' ')}`, 10);
          const lines = parseReply(`${leadIn}${numbered.join('\n')}`, 10);

          expect(oneLine.parts).toEqual(lines.parts);
          expect(oneLine.parts.map((part) => part.questionNumber)).toEqual(
            texts.map((_, index) => index + 1),
          );
        },
      ),
    );
  });

  it('never splits decimals, clock times or a lone number inside a sentence (property)', () => {
    const guarded = fc.constantFrom('1.5 miljoner', '10:30', '2.5 procent', 'kl. 1', 'vi kom 1. i länet');
    fc.assert(
      fc.property(fc.array(fc.oneof(sentence, guarded), { minLength: 1, maxLength: 8 }), (pieces) => {
        const text = pieces.join(' ');
        const parsed = parseReply(text, 10);

        expect(parsed.kind).toBe('unnumbered');
      }),
    );
  });
});
