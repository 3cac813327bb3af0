import type writeXlsxFile from 'write-excel-file/universal';

type Feature = NonNullable<NonNullable<Parameters<typeof writeXlsxFile>[1]>['features']>[number];
import { getOrderOfSiblings, insertElementMarkupAccordingToOrderOfSiblings, sanitizeAttributeValue, sanitizeTextContent } from 'write-excel-file/utility';

/** A list validation on a range of one sheet: the cell accepts only one of `values`, with a prompt and an error text. */
export type ListValidation = {
  readonly sheet: string;
  /** A range such as `L2:L27`. */
  readonly range: string;
  readonly values: readonly string[];
  readonly prompt: string;
};

/**
 * A write-excel-file feature that adds `<dataValidations>` to the sheets named in `validations`: a drop-down list
 * the spreadsheet program enforces while the cell is edited. The import checks the same values again, since a pasted
 * value bypasses the list.
 */
export function listValidations(validations: readonly ListValidation[], sheetNames: readonly string[]): Feature {
  return {
    files: {
      transform: {
        'xl/worksheets/sheet{id}.xml': {
          transform: (xml, _options, { sheetIndex }) => {
            const mine = validations.filter((v) => v.sheet === sheetNames[sheetIndex]);
            if (mine.length === 0) return xml;
            const items = mine
              .map(
                (v) =>
                  `<dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" prompt="${sanitizeAttributeValue(v.prompt)}" error="${sanitizeAttributeValue(v.prompt)}" sqref="${v.range}">` +
                  `<formula1>${sanitizeTextContent(`"${v.values.join(',')}"`)}</formula1></dataValidation>`,
              )
              .join('');
            const order = getOrderOfSiblings('xl/worksheets/sheet{id}.xml', 'worksheet') ?? [];
            return insertElementMarkupAccordingToOrderOfSiblings(xml, `<dataValidations count="${mine.length}">${items}</dataValidations>`, order, 'worksheet');
          },
        },
      },
    },
  };
}
