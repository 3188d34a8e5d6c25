import pkg from '../../package.json';

export const PACKBENCH_VERSION: string = pkg.version;
