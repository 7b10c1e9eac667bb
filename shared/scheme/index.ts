export * from './schema';
export { allPresets, findPreset, presetIds } from './presets';
