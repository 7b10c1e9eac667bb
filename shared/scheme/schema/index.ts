export * from './common.schema';
export * from './item.schema';
export * from './category.schema';
export * from './year-total.schema';
export * from './grading.schema';
export * from './workflow.schema';
export * from './scheme.schema';
export { itemsWithPaths } from './scheme-references';
