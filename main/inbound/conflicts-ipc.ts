import type { conflictsChannels } from '../../shared/ipc/conflicts';
import type { HandlerMap } from '../core/handlers';
import type { ConflictsService } from './conflicts-service';
import type { OptionRegeneration } from './option-regeneration';

export function conflictsHandlers(conflicts: ConflictsService, regeneration: OptionRegeneration): HandlerMap<keyof typeof conflictsChannels> {
  return {
    'conflicts:list': ({ planId }) => conflicts.list(planId),
    'conflicts:summary': () => conflicts.summary(),
    'conflicts:check': ({ planId }) => conflicts.check(planId),
    'conflicts:resolve': ({ id, choice, confirmDiscard }) => conflicts.resolve(id, choice, confirmDiscard),
    'conflicts:regenerate-options': ({ planId, kind }) => regeneration.regenerate(planId, kind),
  };
}
