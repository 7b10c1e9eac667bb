/**
 * The documented local key pair. The emulator verifies every SDK request's TC3-HMAC-SHA256
 * signature with it, exactly as CloudBase does with a real API key.
 */
export const LOCAL_SECRET_ID = 'emulator-local-id';
export const LOCAL_SECRET_KEY = 'emulator-local-key';
export const DEFAULT_ENV_ID = 'emulator-local';
export const DEFAULT_APPID = 'wx0000000000emulator';
