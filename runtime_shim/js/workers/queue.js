// Queues: the Python wrapper of a queue producer binding (API.md "The rest of the
// platform"). Bodies are Python values sent with the "v8" content type (structured
// clone, encoded like Durable Object storage values by values.js), so a consumer's
// `message.body` is the same Python value: dicts stay dicts, tuples tuples, bytes bytes.

import { PyObject } from "../builtins/object.js";
import { TypeError } from "../builtins/exceptions.js";
import { encode_value } from "./values.js";
import { NATIVE, native_only, is_none, sigs } from "./util.js";

function sendOptions(delaySeconds) {
  const opts = { contentType: "v8" };
  if (!is_none(delaySeconds)) opts.delaySeconds = delaySeconds;
  return opts;
}

export const Queue = /* @__PURE__ */ sigs(
  "Queue",
  class Queue extends PyObject {
    __init__(token, native) {
      native_only(token, "Queue", "come from env.get_queue(name)");
      this.$queue = native;
    }

    async send(body, delay_seconds = null) {
      await this.$queue.send(encode_value(body), sendOptions(delay_seconds));
      return null;
    }

    async send_batch(bodies, delay_seconds = null) {
      const messages = Array.from(bodies, (b) => ({ body: encode_value(b), contentType: "v8" }));
      await this.$queue.sendBatch(messages, is_none(delay_seconds) ? undefined : { delaySeconds: delay_seconds });
      return null;
    }

    __repr__() {
      return "<Queue>";
    }
  },
  { send: ["body", "delay_seconds="], send_batch: ["bodies", "delay_seconds="] },
);

// The Env binding wrapper for kind "queue" (installed by the generated entry module).
export function queue_producer(native) {
  return new Queue(NATIVE, native);
}
