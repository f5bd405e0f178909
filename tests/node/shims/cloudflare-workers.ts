/**
 * Node stand-in for workerd's `cloudflare:workers` module, for node-side tests that import the
 * Worker's modules only to read what they declare (the OpenAPI document): a library that extends
 * `WorkerEntrypoint` at load time can then be imported. Nothing here runs a request.
 */
export class WorkerEntrypoint {}
export class DurableObject {}
export const env = {};
