/**
 * ctl: skiffctl, the kubectl of Skiff, over the gRPC Api through internal/client. One file per verb
 * (registered in commands.ts), output formats each in their own file (yaml, json, jsonpath,
 * custom-columns; tables come from internal/api/printers), manifests read and checked by path
 * before anything is sent. `runSkiffctl(argv, io)` runs one command line and resolves to its exit
 * status; everything outside the API goes through a CtlIO so commands run in unit tests.
 */
export { runSkiffctl } from './skiffctl.js';
export { processIO, bufferIO, type CtlIO, type Writer } from './ctl-io.js';
export { JsonPath, relaxedJsonPath, jsonPathText } from './jsonpath.js';
export { toYaml } from './yaml-output.js';
export { CtlError, invalidMessage, statusMessage, errorText } from './ctl-error.js';
export { type Command, defineCommand } from './command.js';
export { COMMANDS } from './commands.js';
