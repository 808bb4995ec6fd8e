// Compiler-support helpers: constructs that have no Python-visible name.
export { $dict_lit, $dict_spread, $set_of } from "./literals.js";
export { $match_seq, $match_map, $match_rest, $match_pos, $match_attr } from "./match.js";
export { $init_subclass } from "./classes.js";
export { $callv } from "./callv.js";
export { $noattr, $nullattr, $unbound, $callu } from "./attrs.js";
export { $raise_ctx, $name_error } from "./raise.js";
export { $typing } from "./typing.js";
export { $unthis, $as_method, $cached } from "./methods.js";
export { $dunder, $dunderattr } from "./dunders.js";
export { $gen, $num, $aiter, $aiterg, $anextg } from "./generators.js";
export { $U, $chkl, $chkg, $chkf } from "./unbound.js";
export { $modattr, $modimport } from "./modattr.js";
export { $coro, $await, $awaitg, $run_top } from "../stdlib/_coro.js";
export { $mi, $mi_done, $super, $superobj } from "./mro.js";
export { $ListBase } from "./base_list.js";
export { $StrBase } from "./base_str.js";
export { $IntBase, $FloatBase } from "./base_num.js";
export { $DictBase, $SetBase, $FrozenSetBase, $TupleBase } from "./base_containers.js";
