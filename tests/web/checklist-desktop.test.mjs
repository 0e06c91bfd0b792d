// Issue 20 at 1280 px, in English and French: the personas' checklists, then progress that survives
// Back, Forward, a reload and the language switch, a damaged link, printing half-way
// (lib/checklist-cases.mjs).
import {useBrowser} from './lib/browser.mjs';
import {personaTests, progressTests} from './lib/checklist-cases.mjs';

const session = useBrowser();
personaTests(session, [1280]);
progressTests(session);
