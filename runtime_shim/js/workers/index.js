// The `cloudflare_workers` module as compiled Python sees it.

export { CloudflareWorkers } from "./registry.js";
export { Env } from "./env.js";
export { Headers } from "./headers.js";
export { Request, Response, fetch } from "./http.js";
export { KVNamespace, KVKey, KVListResult, KVValueWithMetadata } from "./kv.js";
export {
  DurableObject,
  DurableObjectId,
  DurableObjectNamespace,
  DurableObjectState,
  DurableObjectStorage,
  DurableObjectStub,
  DurableObjectTransaction,
} from "./durable_object.js";
export {
  EmailMessage,
  ExecutionContext,
  MessageBatch,
  QueueMessage,
  ScheduledEvent,
} from "./events.js";
