"""``match`` statements: each case becomes one JS boolean test that also binds captures.

A case is ``if (<pattern test> && <guard>) { body; break $match; }`` inside a labelled
block; pattern tests are built recursively with temporaries for sub-subjects, and use
the runtime's ``$match_seq``/``$match_map``/``$match_class`` for Python's structural rules
(``str`` is not a sequence pattern target, mappings match by key, ``__match_args__``).
"""

from __future__ import annotations

import libcst as cst

from .base import js_string
from .definitions import DefinitionLowerer, _indent


class PatternLowerer(DefinitionLowerer):
    def stmt_Match(self, node: cst.Match) -> list[str]:
        subject = self.ctx.new_temp("s")
        label = self.ctx.fresh_name("match")
        lines = [f"{self.mark(node)}{subject} = {self.code(node.subject)};", f"{label}: {{"]
        for case in node.cases:
            test = self.pattern(case.pattern, subject)
            if case.guard is not None:
                test = f"{test} && {self.test(case.guard)}"
            body = self.block(case.body)
            lines += [
                _indent(f"if ({test}) {{"),
                _indent(_indent("\n".join(body + [f"break {label};"]))),
                _indent("}"),
            ]
        lines.append("}")
        return lines

    def pattern(self, p: cst.MatchPattern, subj: str) -> str:
        if isinstance(p, cst.MatchAs):
            inner = "true" if p.pattern is None else self.pattern(p.pattern, subj)
            if p.name is None:
                return inner
            bind = f"(({self.resolve(p.name).code} = {subj}), true)"
            return bind if inner == "true" else f"({inner} && {bind})"
        if isinstance(p, cst.MatchOr):
            return "(" + " || ".join(self.pattern(el.pattern, subj) for el in p.patterns) + ")"
        if isinstance(p, cst.MatchSingleton):
            value = p.value.value
            if value == "None":
                return f"({subj} == null)"
            return f"({subj} === {value.lower()})"
        if isinstance(p, cst.MatchValue):
            return f"{self.rt('$eq')}({subj}, {self.code(p.value)})"
        if isinstance(p, cst.MatchList | cst.MatchTuple):
            return self.sequence_pattern(p, subj)
        if isinstance(p, cst.MatchMapping):
            return self.mapping_pattern(p, subj)
        if isinstance(p, cst.MatchClass):
            return self.class_pattern(p, subj)
        return self.unsupported(p, "this pattern").code

    def sequence_pattern(self, p: cst.MatchList | cst.MatchTuple, subj: str) -> str:
        elements = list(p.patterns)
        star = next((i for i, el in enumerate(elements) if isinstance(el, cst.MatchStar)), None)
        fixed = len(elements) - (1 if star is not None else 0)
        tests = [
            f"{self.lang('$match_seq')}({subj}, {fixed}, {'true' if star is not None else 'false'})"
        ]
        for i, el in enumerate(elements):
            if isinstance(el, cst.MatchStar):
                if el.name is not None:
                    after = len(elements) - i - 1
                    hi = f"-{after}" if after else "null"
                    value = f"{self.rt('list')}({self.rt('$getslice')}({subj}, {i}, {hi}, null))"
                    tests.append(f"(({self.resolve(el.name).code} = {value}), true)")
                continue
            index = str(i) if star is None or i < star else f"-{len(elements) - i}"
            sub = self.ctx.new_temp("s")
            inner = self.pattern(el.value, sub)
            if inner != "true":
                tests.append(f"(({sub} = {self.rt('$getitem')}({subj}, {index})), {inner})")
        return "(" + " && ".join(tests) + ")"

    def mapping_pattern(self, p: cst.MatchMapping, subj: str) -> str:
        keys = [self.code(el.key) for el in p.elements]
        tests = [f"{self.lang('$match_map')}({subj}, [{', '.join(keys)}])"]
        for key, el in zip(keys, p.elements, strict=True):
            sub = self.ctx.new_temp("s")
            inner = self.pattern(el.pattern, sub)
            if inner != "true":
                tests.append(f"(({sub} = {self.rt('$getitem')}({subj}, {key})), {inner})")
        if p.rest is not None:
            rest = f"{self.lang('$match_rest')}({subj}, [{', '.join(keys)}])"
            tests.append(f"(({self.resolve(p.rest).code} = {rest}), true)")
        return "(" + " && ".join(tests) + ")"

    def class_pattern(self, p: cst.MatchClass, subj: str) -> str:
        cls = self.code(p.cls)
        tests = [f"{self.rt('isinstance')}({subj}, {cls})"]
        for i, el in enumerate(p.patterns):
            sub = self.ctx.new_temp("s")
            inner = self.pattern(el.value, sub)
            value = f"{self.lang('$match_pos')}({subj}, {cls}, {i}, {len(p.patterns)})"
            tests.append(f"(({sub} = {value}), {inner})")
        for kw in p.kwds:
            sub = self.ctx.new_temp("s")
            inner = self.pattern(kw.pattern, sub)
            value = f"{self.lang('$match_attr')}({subj}, {js_string(kw.key.value)})"
            tests.append(f"(({sub} = {value}) !== undefined && {inner})")
        return "(" + " && ".join(tests) + ")"
