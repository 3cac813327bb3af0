/**
 * Where a problem is: the sheet, the 1-based row and the column letter. A problem with the whole workbook (it is not
 * an XLSX file) has the sheet "" and row 0.
 */
export type CellLocation = { readonly sheet: string; readonly row: number; readonly column: string };

/** A problem found when reading a filled-in questionnaire, as data: text comes from `assessment.error.<code>`. */
export type QuestionnaireError = CellLocation &
  (
    | { readonly code: 'unreadable_workbook' }
    | { readonly code: 'missing_sheet' }
    | { readonly code: 'not_a_questionnaire' }
    | { readonly code: 'wrong_country'; readonly found: string; readonly expected: string }
    | { readonly code: 'rubric_mismatch'; readonly found: string; readonly expected: string }
    | { readonly code: 'bad_header'; readonly found: string; readonly expected: string }
    | { readonly code: 'unknown_criterion'; readonly value: string }
    | { readonly code: 'duplicate_criterion'; readonly value: string; readonly first: number }
    | { readonly code: 'level_out_of_range'; readonly value: string }
    | { readonly code: 'not_url'; readonly value: string }
    | { readonly code: 'bad_date'; readonly value: string }
    | { readonly code: 'excerpt_too_long'; readonly length: number; readonly max: number }
    | { readonly code: 'missing_level' }
    | { readonly code: 'missing_evidence'; readonly level: number; readonly required: 'url' | 'locator' | 'rationale' }
    | { readonly code: 'missing_value'; readonly field: 'focal_point' | 'date' | 'rationale_en' }
    | { readonly code: 'invalid_score'; readonly detail: string }
  );

export type QuestionnaireErrorCode = QuestionnaireError['code'];
