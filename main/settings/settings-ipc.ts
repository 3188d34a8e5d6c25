import type { settingsChannels } from '../../shared/ipc/settings';
import type { HandlerMap } from '../core/handlers';
import type { SettingsService } from './settings-service';

export function settingsHandlers(settings: SettingsService): HandlerMap<keyof typeof settingsChannels> {
  return {
    'settings:get': () => settings.get(),
    'settings:update': (patch) => settings.update(patch),
  };
}
