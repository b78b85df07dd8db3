// The registry of conflict rules the pipeline runs, one rule per file.
import type { Rule } from './rule';
import { spellingVariant } from './spellingVariant';
import { vitalStatus } from './vitalStatus';
import { relationship } from './relationship';
import { firstMeeting } from './firstMeeting';
import { role } from './role';
import { age } from './age';
import { place } from './place';
import { attribute } from './attribute';
import { withCanon } from './canon';
import { timeline } from './timeline';

/** Every rule, in the order their findings are listed. Add a rule by importing it here. */
export const rules: Rule[] = withCanon([spellingVariant, vitalStatus, relationship, role, age, place, attribute, firstMeeting, timeline]);
