/** Public surface of the scale protocols and weight arithmetic, for main's drivers and the renderer. */
export * from './weight';
export * from './reading';
export { parseHidScaleReport, HID_POS_USAGE_PAGE, HID_SCALE_DATA_REPORT, HID_STATUS } from './hid-pos';
export { parseMtSicsReply, MT_SICS_COMMANDS, type MtSicsReply, type MtSicsOutcome } from './mt-sics';
export { parseNciReply, parseNciStatus, nciCondition, NCI_COMMANDS, NCI_ETX, type NciReply, type NciStatus } from './nci';
export { compileContinuousFormat, parseContinuousLine, type ContinuousFormat, type CompiledContinuousFormat } from './continuous';
