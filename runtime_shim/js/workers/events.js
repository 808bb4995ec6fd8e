// Handler arguments other than Request/Env: ExecutionContext, ScheduledEvent, queue
// batches and incoming email.

import { PyObject } from "../builtins/object.js";
import { TypeError } from "../builtins/exceptions.js";
import { decode_value } from "./values.js";
import { headers_init } from "./headers.js";
import { ext } from "./ext.js";
import { NATIVE, native_only, is_none, sigs } from "./util.js";

const FROM_HANDLERS = "are passed to handlers by the runtime";

function retryOptions(delaySeconds) {
  return is_none(delaySeconds) ? undefined : { delaySeconds };
}

export const ExecutionContext = /* @__PURE__ */ sigs(
  "ExecutionContext",
  class ExecutionContext extends PyObject {
    __init__(token, native) {
      native_only(token, "ExecutionContext", FROM_HANDLERS);
      this.$ctx = native;
      this.$passThrough = false;
    }

    // Keep the Worker alive until `awaitable` settles, after the response is sent.
    wait_until(awaitable) {
      this.$ctx.waitUntil(Promise.resolve(awaitable));
      return null;
    }

    // On an uncaught exception, forward the request to the origin instead of a 500.
    pass_through_on_exception() {
      this.$passThrough = true;
      if (typeof this.$ctx.passThroughOnException === "function") this.$ctx.passThroughOnException();
      return null;
    }
  },
  { wait_until: ["awaitable"], pass_through_on_exception: [] },
);

export const ScheduledEvent = /* @__PURE__ */ sigs(
  "ScheduledEvent",
  class ScheduledEvent extends PyObject {
    __init__(token, native) {
      native_only(token, "ScheduledEvent", FROM_HANDLERS);
      this.$ev = native;
    }

    get cron() {
      return this.$ev.cron ?? "";
    }

    get scheduled_time() {
      return ext("datetime_from_ms", "ScheduledEvent.scheduled_time")(this.$ev.scheduledTime);
    }

    // Do not retry this cron invocation if the handler fails.
    no_retry() {
      if (typeof this.$ev.noRetry === "function") this.$ev.noRetry();
      return null;
    }
  },
  { no_retry: [] },
);

export const QueueMessage = /* @__PURE__ */ sigs(
  "QueueMessage",
  class QueueMessage extends PyObject {
    __init__(token, native) {
      native_only(token, "QueueMessage", FROM_HANDLERS);
      this.$msg = native;
    }

    get id() {
      return this.$msg.id;
    }

    get timestamp() {
      return ext("datetime_from_ms", "QueueMessage.timestamp")(this.$msg.timestamp.getTime());
    }

    get body() {
      if (this.$body === undefined) this.$body = decode_value(this.$msg.body);
      return this.$body;
    }

    get attempts() {
      return this.$msg.attempts ?? 1;
    }

    ack() {
      this.$msg.ack();
      return null;
    }

    retry(delay_seconds = null) {
      this.$msg.retry(retryOptions(delay_seconds));
      return null;
    }
  },
  { ack: [], retry: ["delay_seconds="] },
);

export const MessageBatch = /* @__PURE__ */ sigs(
  "MessageBatch",
  class MessageBatch extends PyObject {
    __init__(token, native) {
      native_only(token, "MessageBatch", FROM_HANDLERS);
      this.$batch = native;
    }

    get queue() {
      return this.$batch.queue;
    }

    get messages() {
      if (this.$messages === undefined) {
        this.$messages = this.$batch.messages.map((m) => new QueueMessage(NATIVE, m));
      }
      return this.$messages;
    }

    ack_all() {
      this.$batch.ackAll();
      return null;
    }

    retry_all(delay_seconds = null) {
      this.$batch.retryAll(retryOptions(delay_seconds));
      return null;
    }
  },
  { ack_all: [], retry_all: ["delay_seconds="] },
);

export const EmailMessage = /* @__PURE__ */ sigs(
  "EmailMessage",
  class EmailMessage extends PyObject {
    __init__(token, native) {
      native_only(token, "EmailMessage", FROM_HANDLERS);
      this.$msg = native;
    }

    // The envelope sender (`from` is a Python keyword).
    get from_() {
      return this.$msg.from;
    }

    get to() {
      return this.$msg.to;
    }

    get headers() {
      if (this.$headers === undefined) this.$headers = ext("wrap_headers", "EmailMessage.headers")(this.$msg.headers);
      return this.$headers;
    }

    // The raw message as a JS ReadableStream.
    get raw() {
      return this.$msg.raw;
    }

    get raw_size() {
      return this.$msg.rawSize;
    }

    set_reject(reason) {
      this.$msg.setReject(reason);
      return null;
    }

    async forward(rcpt_to, headers = null) {
      const h = headers_init(headers);
      await this.$msg.forward(rcpt_to, h === undefined ? undefined : new globalThis.Headers(h));
      return null;
    }
  },
  { set_reject: ["reason"], forward: ["rcpt_to", "headers="] },
);
