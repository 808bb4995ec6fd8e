"""``pyodide`` for code written for Cloudflare's Python Workers (typing only; see
``pyodide.ffi``)."""
