import type { devicesChannels } from '../../shared/ipc/devices';
import type { HandlerMap } from '../core/handlers';
import type { StationDevices } from './station-devices';

export function devicesHandlers(devices: StationDevices): HandlerMap<keyof typeof devicesChannels> {
  return {
    'devices:state': () => devices.state(),
    'devices:serial-ports': () => devices.service.listSerialPorts(),
    'devices:hid-scales': () => devices.service.listHidScales(),
    'devices:set-scale': ({ settings }) => devices.setScale(settings),
    'devices:set-scanner': ({ settings }) => devices.setScanner(settings),
    'devices:virtual-weight': ({ text, unit }) => {
      devices.service.setVirtualWeight(text, unit);
      return { accepted: true };
    },
    'devices:zero': async () => {
      await devices.service.zeroScale();
      return { done: true };
    },
    'devices:tare': async () => {
      await devices.service.tareScale();
      return { done: true };
    },
  };
}
