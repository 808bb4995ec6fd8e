// Class creation hooks.

// After `class C(Base): ...`: Python calls __init_subclass__ as found after C in its MRO
// (a hook C defines itself is for C's subclasses), with cls = C.
export function $init_subclass(C) {
  const parent = Object.getPrototypeOf(C);
  const hook = parent === null ? undefined : parent.__init_subclass__;
  if (typeof hook === "function") hook.call(C);
  return C;
}
