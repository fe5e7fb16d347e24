import { rerunScenarios } from './rerun.js';

rerunScenarios(['prepare', 'build', 'sign', 'publish']);
