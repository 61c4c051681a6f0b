import { executeServerCommand } from '@web/test-runner-commands';

/** Shift+Tab, as a reader moves focus back; the test runner's config implements it per launcher. */
export const shiftTab = (): Promise<unknown> => executeServerCommand('shift-tab');
