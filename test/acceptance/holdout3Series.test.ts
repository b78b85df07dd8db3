// Measures the engine on the third held-out set (test/holdout3: never looked at while fixing) and prints the figures, with no floor.
import { heldOutSuite } from './heldOutSuite';

heldOutSuite({ folder: 'test/holdout3', label: 'held out 3', series: 6, verboseEnv: 'HOLDOUT3_VERBOSE' });
