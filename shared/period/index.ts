export * from './local-date';
export * from './period';
