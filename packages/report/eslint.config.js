export { default } from '@dsc/eslint-config/base';
