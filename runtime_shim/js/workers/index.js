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
export { D1Database, D1ExecResult, D1PreparedStatement, D1Result } from "./d1.js";
export { R2Bucket, R2Object, R2Objects } from "./r2.js";
export { Queue } from "./queue.js";
export { WebSocket, WebSocketPair } from "./websocket.js";
export { SqlCursor, SqlStorage } from "./sql.js";
export { Fetcher } from "./fetcher.js";
export { Cache, CacheStorage, caches } from "./cache.js";
export { Comment, Element, HTMLRewriter, TextChunk } from "./html_rewriter.js";
