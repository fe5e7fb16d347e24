import { rerunScenarios } from './rerun.js';

rerunScenarios(['smoke', 'github-release', 'promote']);
