export type { QuestionnaireInput } from './write.js';
export { writeQuestionnaire } from './write.js';
export type { CellLocation, QuestionnaireError, QuestionnaireErrorCode } from './errors.js';
export type { Questionnaire, ReadOptions } from './read.js';
export { readQuestionnaire } from './read.js';
export type { AssessmentChange, LevelState } from './diff.js';
export { diffAssessment } from './diff.js';
