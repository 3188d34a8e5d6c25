import { create } from 'zustand';
import type { StationInfo } from '../../../shared/ipc/station';
import type { StationSettings } from '../../../shared/ipc/settings';
import { call, subscribe } from '../ipc/station';
import { applyLanguage } from '../i18n/i18n';

export type Page = 'station' | 'inbound' | 'accounts' | 'settings' | 'devices' | 'printers' | 'vendor-df' | 'mcf' | 'retail';

interface StationState {
  info: StationInfo | null;
  settings: StationSettings | null;
  page: Page;
  loadError: string | null;
  load(): Promise<void>;
  go(page: Page): void;
  updateSettings(patch: Partial<StationSettings>): Promise<void>;
}

export const useStationStore = create<StationState>((set) => ({
  info: null,
  settings: null,
  page: 'station',
  loadError: null,
  async load() {
    try {
      const [info, settings] = await Promise.all([call('station:info', {}), call('settings:get', {})]);
      applyLanguage(settings.language);
      set({ info, settings, loadError: null });
    } catch (error) {
      set({ loadError: error instanceof Error ? error.message : String(error) });
    }
  },
  go(page) {
    set({ page });
  },
  async updateSettings(patch) {
    const settings = await call('settings:update', patch);
    applyLanguage(settings.language);
    set({ settings });
  },
}));

subscribe('settings:changed', (settings) => {
  applyLanguage(settings.language);
  useStationStore.setState({ settings });
});
