import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const CHROME_BUILD = `${ROOT}.output/chrome-mv3`;
export const FIXTURES = `${ROOT}tests/fixtures`;
/** Screenshots and other things a person should look at after a run. */
export const ARTIFACTS = `${ROOT}test-results`;
