import type { Formatter } from '../formatter.js';
import github from './github.js';
import json from './json.js';
import junit from './junit.js';
import sarif from './sarif.js';
import stylish from './stylish.js';

export const formatters: Readonly<Record<string, Formatter>> = { github, json, junit, sarif, stylish };
