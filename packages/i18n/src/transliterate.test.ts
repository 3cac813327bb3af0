import { describe, expect, it } from 'vitest';
import { kkCompactLong, kkCurrencyNames, kkMonths, kkUnits, kkWeekdays } from './format/kk-data.js';
import {
  kazakhLatinLowerCase,
  kazakhLatinUpperCase,
  projectLoanLetters,
  toKazakhLatin,
  transliterateKazakh,
} from './transliterate.js';

describe('Kazakh Cyrillic → Latin (2021 alphabet)', () => {
  it('transliterates the opening of the preamble of the Constitution of Kazakhstan', () => {
    const cyrillic =
      'Біз, ортақ тарихи тағдыр біріктірген Қазақстан халқы, байырғы қазақ жерінде мемлекеттілік құра отырып, ' +
      'өзімізді еркіндік, теңдік және татулық мұраттарына берілген бейбітшіл азаматтық қоғам деп ұғына отырып';
    const latin =
      'Bız, ortaq tarihi tağdyr bırıktırgen Qazaqstan halqy, baiyrğy qazaq jerınde memlekettılık qūra otyryp, ' +
      'özımızdı erkındık, teñdık jäne tatulyq mūrattaryna berılgen beibıtşıl azamattyq qoğam dep ūğyna otyryp';
    expect(transliterateKazakh(cyrillic)).toEqual({ text: latin, unmapped: [] });
  });

  it('transliterates the first lines of the national anthem', () => {
    expect(toKazakhLatin('Алтын күн аспаны,\nАлтын дән даласы,\nЕрліктің дастаны,\nЕліме қарашы!')).toBe(
      'Altyn kün aspany,\nAltyn dän dalasy,\nErlıktıñ dastany,\nElıme qaraşy!',
    );
  });

  it('maps all 33 covered letters in both cases', () => {
    const cyr = 'АӘБВГҒДЕЖЗИЙКҚЛМНҢОӨПРСТУҰҮФХҺШЫІ';
    expect(toKazakhLatin(cyr)).toBe('AÄBVGĞDEJZİİKQLMNÑOÖPRSTUŪÜFHHŞYI');
    expect(toKazakhLatin(cyr.toLocaleLowerCase('kk'))).toBe('aäbvgğdejziikqlmnñoöprstuūüfhhşyı');
  });

  it('uses the cedilla ş (U+015F), dotless ı (U+0131) and precomposed letters (NFC)', () => {
    const out = toKazakhLatin('шің');
    expect([...out].map((c) => c.codePointAt(0))).toEqual([0x15f, 0x131, 0xf1]);
    expect(toKazakhLatin('и\u0306')).toBe('i'); // decomposed й
    expect(out.normalize('NFC')).toBe(out);
  });

  it('keeps and reports the nine loanword letters by default', () => {
    expect(transliterateKazakh('Цифрлық, чемпионат, объект, юрист, ясли, съезд, щётка, эфир')).toEqual({
      text: 'Цifrlyq, чempionat, obъekt, юrist, яsli, sъezd, щёtka, эfir',
      unmapped: ['Ц', 'ч', 'ъ', 'ю', 'я', 'щ', 'ё', 'э'],
    });
  });

  it('applies a supplied policy for loanword letters, with casing', () => {
    const options = { loanLetters: projectLoanLetters };
    expect(transliterateKazakh('Цифрлық трансформация', options)).toEqual({ text: 'Tsifrlyq transformatsiia', unmapped: [] });
    expect(toKazakhLatin('ЦИФРЛЫҚ', options)).toBe('TSİFRLYQ');
    expect(toKazakhLatin('Чай', { loanLetters: { ц: 'ts' } })).toBe('Чai');
  });

  it('cases Latin Kazakh Turkish-style', () => {
    expect(kazakhLatinUpperCase('qazaqstan ı i')).toBe('QAZAQSTAN I İ');
    expect(kazakhLatinLowerCase('İLE IRGIZ')).toBe('ile ırgız');
    expect(kazakhLatinUpperCase(toKazakhLatin('Іле ие'))).toBe('ILE İE');
  });

  it('leaves Latin, digits and punctuation alone', () => {
    expect(toKazakhLatin('API 2.0 — «жоба»')).toBe('API 2.0 — «joba»');
  });
});

describe('formatted Kazakh output in kk-Latn', () => {
  it('month, weekday, unit, compact and currency names leave no Cyrillic (with the project convention)', () => {
    const texts = [
      ...kkMonths.standalone,
      ...kkMonths.format,
      ...kkMonths.short,
      ...kkWeekdays.long,
      ...kkWeekdays.short,
      ...Object.values(kkUnits).flatMap((u) => [u.short, u.long]),
      ...kkCompactLong.map(([, word]) => word),
      ...Object.values(kkCurrencyNames),
    ];
    const left = texts.flatMap((t) => transliterateKazakh(t, { loanLetters: projectLoanLetters }).unmapped);
    expect(left).toEqual([]);
    expect(toKazakhLatin(kkMonths.standalone.join(' '))).toBe(
      'Qañtar Aqpan Nauryz Säuır Mamyr Mausym Şılde Tamyz Qyrküiek Qazan Qaraşa Jeltoqsan',
    );
  });
});
