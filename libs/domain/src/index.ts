export * from './vocabularies';
export * from './limits';
export * from './rules';
export * from './content';
export * from './search';
export * from './schedule';
export * from './demo-accounts';
export * from './editing';
