// The repo's shared/ as the pages see it: the types of tools/miniprogram/shared-entry.ts, whose bundle
// `npm run build` writes beside this file (index.js). Type-checks on a clean clone, before any build.
export * from '../../tools/miniprogram/shared-entry';
