// npm run build: writes dist/ (committed; CI checks it matches the sources).
import path from 'node:path';
import { bundle } from './bundle.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
await bundle(path.join(root, 'dist'));
console.log('dist/ built');
