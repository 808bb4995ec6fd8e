"""The analysis phase: the facts every later phase reads, each computed once, here.

It depends only on ``parse`` (and the name tables in ``cfpy_workers.names``); ``check``
and ``lower`` read its results and never derive them again:

- ``binder``: what binds a name in each scope (module, function, class, comprehension);
- ``flow``: which reads may see a name unbound (definite assignment);
- ``typer``: static types of names, expressions and function results;
- ``classes``: what a class statement declares (dataclass fields, ``__init__``);
- ``index``: the project index, every module's top-level symbols and signatures;
- ``registration``: the ``CloudflareWorkers(...)`` calls, found through the imports.
"""
