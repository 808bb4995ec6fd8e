// HTMLRewriter (API.md "HTMLRewriter"): `HTMLRewriter().on(selector, handler)
// .on_document(handler).transform(response)`. Handlers are plain Python objects whose
// `element`, `text`, `comments` (and, for on_document, `doctype`, `end`) methods get the
// Python views below; the Workers API's camelCase methods are snake_case here
// (`set_attribute`, `prepend(content, html=False)`, ...). A handler may be async.

import { PyObject } from "../builtins/object.js";
import { Tuple } from "../builtins/tuple.js";
import { TypeError } from "../builtins/exceptions.js";
import { Response, to_native_response } from "./http.js";
import { NATIVE, is_none, sigs } from "./util.js";
import { type_name } from "../builtins/object.js";

function internalOnly(token, what) {
  if (token !== NATIVE) throw new TypeError(`${what} objects are made by HTMLRewriter`);
}

function content(value, what) {
  if (typeof value !== "string") throw new TypeError(`${what}() content must be str, not ${type_name(value)}`);
  return value;
}

const CONTENT = ["content", "html="];

// Methods shared by elements, text chunks and comments: insert around / replace / remove.
const Content = /* @__PURE__ */ sigs(
  "Content",
  class Content extends PyObject {
    __init__(token, native) {
      internalOnly(token, "Content");
      this.$n = native;
    }

    before(value, html = false) {
      this.$n.before(content(value, "before"), { html: html === true });
      return this;
    }

    after(value, html = false) {
      this.$n.after(content(value, "after"), { html: html === true });
      return this;
    }

    replace(value, html = false) {
      this.$n.replace(content(value, "replace"), { html: html === true });
      return this;
    }

    remove() {
      this.$n.remove();
      return this;
    }

    get removed() {
      return this.$n.removed;
    }
  },
  { before: CONTENT, after: CONTENT, replace: CONTENT, remove: [] },
);

export const Element = /* @__PURE__ */ sigs(
  "Element",
  class Element extends Content {
    get tag_name() {
      return this.$n.tagName;
    }

    set tag_name(name) {
      this.$n.tagName = name;
    }

    // (name, value) pairs, in document order.
    get attributes() {
      return Array.from(this.$n.attributes, ([k, v]) => Tuple.of(k, v));
    }

    get_attribute(name) {
      const v = this.$n.getAttribute(name);
      return is_none(v) ? null : v;
    }

    has_attribute(name) {
      return this.$n.hasAttribute(name);
    }

    set_attribute(name, value) {
      this.$n.setAttribute(name, content(value, "set_attribute"));
      return this;
    }

    remove_attribute(name) {
      this.$n.removeAttribute(name);
      return this;
    }

    prepend(value, html = false) {
      this.$n.prepend(content(value, "prepend"), { html: html === true });
      return this;
    }

    append(value, html = false) {
      this.$n.append(content(value, "append"), { html: html === true });
      return this;
    }

    set_inner_content(value, html = false) {
      this.$n.setInnerContent(content(value, "set_inner_content"), { html: html === true });
      return this;
    }

    remove_and_keep_content() {
      this.$n.removeAndKeepContent();
      return this;
    }
  },
  {
    get_attribute: ["name"],
    has_attribute: ["name"],
    set_attribute: ["name", "value"],
    remove_attribute: ["name"],
    prepend: CONTENT,
    append: CONTENT,
    set_inner_content: CONTENT,
    remove_and_keep_content: [],
  },
);

export const TextChunk = /* @__PURE__ */ sigs(
  "TextChunk",
  class TextChunk extends Content {
    get text() {
      return this.$n.text;
    }

    get last_in_text_node() {
      return this.$n.lastInTextNode;
    }
  },
);

export const Comment = /* @__PURE__ */ sigs(
  "Comment",
  class Comment extends Content {
    get text() {
      return this.$n.text;
    }

    set text(value) {
      this.$n.text = value;
    }
  },
);

// The native handler object for a Python handler: one async function per method it has.
function nativeHandlers(handler, kinds) {
  const out = {};
  for (const [method, wrap] of kinds) {
    if (typeof handler[method] !== "function") continue;
    out[method] = async (native) => {
      await handler[method](wrap(native));
    };
  }
  return out;
}

const ELEMENT_HANDLERS = [
  ["element", (n) => new Element(NATIVE, n)],
  ["text", (n) => new TextChunk(NATIVE, n)],
  ["comments", (n) => new Comment(NATIVE, n)],
];
const DOCUMENT_HANDLERS = [
  ["doctype", (n) => n],
  ["text", (n) => new TextChunk(NATIVE, n)],
  ["comments", (n) => new Comment(NATIVE, n)],
  ["end", (n) => n],
];

export const HTMLRewriter = /* @__PURE__ */ sigs(
  "HTMLRewriter",
  class HTMLRewriter extends PyObject {
    __init__() {
      this.$r = new globalThis.HTMLRewriter();
    }

    on(selector, handler) {
      if (typeof selector !== "string") throw new TypeError(`selector must be str, not ${type_name(selector)}`);
      this.$r.on(selector, nativeHandlers(handler, ELEMENT_HANDLERS));
      return this;
    }

    on_document(handler) {
      this.$r.onDocument(nativeHandlers(handler, DOCUMENT_HANDLERS));
      return this;
    }

    // The response with its HTML rewritten as it streams through.
    transform(response) {
      return Response.$wrap(this.$r.transform(to_native_response(response, "HTMLRewriter.transform() argument")));
    }
  },
  { __init__: [], on: ["selector", "handler"], on_document: ["handler"], transform: ["response"] },
);
