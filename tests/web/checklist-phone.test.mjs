// Issue 20 at 320 and 375 px, in English and French: the personas' checklists (lib/checklist-cases.mjs).
import {useBrowser} from './lib/browser.mjs';
import {personaTests} from './lib/checklist-cases.mjs';

personaTests(useBrowser(), [320, 375]);
