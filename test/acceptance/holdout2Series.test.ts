// Measures the engine on the second held-out set (test/holdout2: never tuned to) and prints the figures, with no floor.
import { heldOutSuite } from './heldOutSuite';

heldOutSuite({ folder: 'test/holdout2', label: 'held out 2', series: 8, verboseEnv: 'HOLDOUT2_VERBOSE' });
