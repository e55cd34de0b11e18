import fc from 'fast-check';
import { redactPersonalNumbers } from '../../bot/domain/personalNumbers';

const removed = '[personnummer borttaget]';

function luhn(nineDigits: string): number {
  let sum = 0;
  for (let i = 0; i < nineDigits.length; i++) {
    let value = Number(nineDigits[i]) * (i % 2 === 0 ? 2 : 1);
    if (value > 9) value -= 9;
    sum += value;
  }
  return (10 - (sum % 10)) % 10;
}

describe('redactPersonalNumbers', () => {
  it.each([
    ['Patienten 19900101-0017 ringde.', 'Patienten [personnummer borttaget] ringde.'],
    ['Patienten 900101-0017 ringde.', 'Patienten [personnummer borttaget] ringde.'],
    ['Patienten 9001010017 ringde.', 'Patienten [personnummer borttaget] ringde.'],
    ['Patienten 199001010017 ringde.', 'Patienten [personnummer borttaget] ringde.'],
    ['Över hundra: 900101+0017.', 'Över hundra: [personnummer borttaget].'],
    ['Samordningsnummer 900161-0014.', 'Samordningsnummer [personnummer borttaget].'],
    ['Med mellanslag 900101 0017.', 'Med mellanslag [personnummer borttaget].'],
  ])('removes the number in %j', (text, expected) => {
    expect(redactPersonalNumbers(text, removed)).toEqual({ text: expected, removed: 1 });
  });

  it.each([
    'Fel kontrollsiffra 19900101-0018.',
    'Inget datum 19901301-0017.',
    'Den 30 februari: 20260230-1234.',
    'Telefon 0701234567 och 035-13 10 00.',
    'Datum och tid 2026-10-16 17:00.',
    'Ordernummer 1234567890123.',
  ])('leaves %j as it is', (text) => {
    expect(redactPersonalNumbers(text, removed)).toEqual({ text, removed: 0 });
  });

  it('counts several numbers', () => {
    expect(redactPersonalNumbers('900101-0017 och 850772-1234', removed).removed).toBe(2);
  });

  it('removes every valid number it is given, whatever surrounds it (property)', () => {
    const birth = fc
      .date({ min: new Date('1920-01-01'), max: new Date('2024-12-31'), noInvalidDate: true })
      .map((date) => date.toISOString().slice(2, 10).replace(/-/g, ''));
    fc.assert(
      fc.property(
        birth,
        fc.integer({ min: 1, max: 999 }),
        fc.constantFrom('-', '', ' '),
        fc.stringMatching(/^[a-zåäö .,]{0,20}$/),
        (yymmdd, serial, separator, around) => {
          const nine = `${yymmdd}${String(serial).padStart(3, '0')}`;
          const pin = `${yymmdd}${separator}${nine.slice(6)}${luhn(nine)}`;
          const result = redactPersonalNumbers(`${around} ${pin} ${around}`, removed);

          expect(result.removed).toBe(1);
          expect(result.text).not.toContain(pin);
        },
      ),
    );
  });
});
