import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { StationApi } from '../shared/ipc/contract';

// The renderer's only door to the station: one object, two functions, no Node and no ipcRenderer.
const station: StationApi = {
  invoke: (channel, request) => ipcRenderer.invoke('station:invoke', channel, request),
  on: (event, listener) => {
    const handler = (_e: IpcRendererEvent, name: string, payload: unknown) => {
      if (name === event) (listener as (p: unknown) => void)(payload);
    };
    ipcRenderer.on('station:event', handler);
    return () => ipcRenderer.removeListener('station:event', handler);
  },
};

contextBridge.exposeInMainWorld('station', station);
