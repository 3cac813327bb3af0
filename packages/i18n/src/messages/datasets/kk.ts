import { defineTranslation } from '../../define.js';
import type en from './en.js';

export default defineTranslation<typeof en>()({
  'datasets.error.unknown_area': '«{value}» аумақ коды белгісіз. Мүмкін, мұны айтқыңыз келген шығар: {suggestions}?',
  'datasets.error.unknown_indicator': '«{value}» көрсеткіші белгісіз. Мүмкін, мұны айтқыңыз келген шығар: {suggestions}?',
  'datasets.error.invalid_years': '{value} жылдар ауқымы жарамсыз: {expected} күтіледі.',
});
