// Late binding: the runtime's import graph has no cycles (tests/compiler/test_runtime_graph.py),
// but a few functions are mutually recursive across modules by nature: BaseException.args
// is a tuple and tuple.index raises ValueError; an exception class's MRO ends in object,
// whose __init__ raises TypeError. The module lower in the graph reads the other's piece
// from this table when it runs, never at import; the module that defines the piece fills
// the table when it is evaluated, and is listed in package.json "sideEffects" for that.
// docs/design.md ("Runtime module graph") lists the entries; keep this table that short.
// Entries: ValueError (exceptions.js; read by tuple.js for tuple.index) and py_mro
// (object.js; read by exceptions.js for BaseException.__mro__ and mro()).
export const late = {};
