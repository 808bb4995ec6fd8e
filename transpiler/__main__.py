"""``python -m cfpy_workers``: the ``cfpy`` command (launch.py)."""

from .launch import main

main()
