// Hand-written twin of examples/views: one Durable Object page-view counter per path.
import { DurableObject } from "cloudflare:workers";

export class ViewsDurableObject extends DurableObject {
  async fetch() {
    const views = ((await this.ctx.storage.get("views")) || 0) + 1;
    await this.ctx.storage.put("views", views);
    return new Response(`This Durable Object has been requested ${views} times!`);
  }
}

export default {
  async fetch(request, env) {
    const stub = env.VIEWS.get(env.VIEWS.idFromName(new URL(request.url).pathname));
    return stub.fetch(request);
  },
};
