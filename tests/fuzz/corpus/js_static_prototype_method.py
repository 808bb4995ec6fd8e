# Fuzz finding (bad-js): a static/class method named `prototype`
# -> "Classes may not have a static property named 'prototype'".
class A:
    @staticmethod
    def prototype():
        return 1

    @classmethod
    def constructor(cls):
        return cls
