// `raise X` inside an `except` block: the handled exception becomes X.__context__.
export function $raise_ctx(e, handled) {
  if (e !== handled && (e.__context__ === null || e.__context__ === undefined)) e.__context__ = handled;
  return e;
}
