# Every supported import form; type-only names used only in annotations.
from __future__ import annotations

import datetime
import datetime as dtmod
import json
import json as j
import typing
from collections.abc import Iterable, Mapping
from datetime import date, datetime as dt, timedelta, timezone
from json import dumps, loads as parse_json
from typing import TYPE_CHECKING, Any, Generic, Optional, TypeVar, Union

import js
from cloudflare_workers import CloudflareWorkers, Request, Response, fetch
from js import Date, Math

T = TypeVar("T") if False else None


def use(x: Optional[int], y: Union[str, None] = None, z: typing.Any = None) -> Mapping[str, Any]:
    return {"x": x, "now": dt.now(), "d": date.today(), "td": timedelta(seconds=1)}


def io(items: Iterable[int]) -> str:
    return j.dumps(list(items)) + dumps(parse_json("[1]")) + json.dumps(datetime.datetime.now().isoformat())


async def handler(request: Request, env: Any, ctx: Any) -> Response:
    r = await fetch("https://example.com")
    return Response(await r.text(), status=200, headers={"x": "y"})


print(use(1), io([1]), dtmod.timedelta(days=1), timezone.utc, Math.floor(1.5), Date.now(), js.console)
