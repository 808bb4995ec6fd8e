# Fuzz finding (bad-js): a property getter with extra (defaulted) parameters becomes a JS
# getter with parameters: "Getter must not have any formal parameters."
class A:
    @property
    def p(self, extra=0, **kw):
        return extra
