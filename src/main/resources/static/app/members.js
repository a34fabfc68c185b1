// The business's team as the screens name it (id → name, role): asked once per page, again after a failure.
import { api } from './api.js';

let answer = null;

/** The activated members, a promise shared by every screen that names colleagues. */
export function teamMembers() {
  answer ??= api.get('/api/cs-operators').then((reply) => reply.operators.filter((member) => member.activated !== false))
    .catch((problem) => { answer = null; throw problem; });
  return answer;
}
