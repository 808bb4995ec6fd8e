// Class creation hooks.

// After `class C(Base): ...`: Python calls Base.__init_subclass__ with cls = C.
export function $init_subclass(C) {
  const hook = C.__init_subclass__;
  if (typeof hook === "function") hook.call(C);
  return C;
}
