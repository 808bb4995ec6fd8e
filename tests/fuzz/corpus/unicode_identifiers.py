# Unicode identifiers (NFKC-normalised by Python), in every binding position.
π = 3.14159
λ = lambda ά, β=2: ά + β
ｆｕｌｌ = 1  # full-width letters normalise to `full`
print(full)
名前 = "name"
ℌ = 5  # normalises to H
print(H)


def 函数(参数, *可变, 关键=1, **其他):
    结果 = 参数 + 关键
    return 结果


class Ünïcödé:
    ñ = 1

    def método(self, café):
        self.straße = café
        return self.ñ


Ωmega_ℕ = [x for x in range(3)]
print(函数(1), Ünïcödé().método(2), λ(1), π, 名前, Ωmega_ℕ, {"ключ": "значение"})
ǅ = 1  # titlecase letter
_ӏ = 2
a١ = 3  # Arabic-Indic digit one
