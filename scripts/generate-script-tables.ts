/** Rewrites src/convert/script-tables.ts from OpenCC's dictionaries (see script-tables.ts). */
import { writeFileSync } from 'node:fs';
import { renderScriptTables } from './script-tables.js';

writeFileSync(new URL('../src/convert/script-tables.ts', import.meta.url), renderScriptTables());
