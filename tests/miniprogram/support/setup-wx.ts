/**
 * jest setupFiles for the page tests: the fake `wx` goes in before miniprogram-simulate loads (it merges
 * its own API stubs under ours), plus the globals tdesign's components read (getApp, getCurrentPages).
 */
import { createFakeWx } from './fake-wx';

const globals = globalThis as unknown as Record<string, unknown>;
globals.wx = createFakeWx();
globals.getApp = () => null;
globals.getCurrentPages = () => [];
