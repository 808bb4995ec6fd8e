// str.format and str.format_map. A field's `.attr` part is read with the `getattr` the
// caller passes: getattr itself answers `"".format` (builtins.js -> primattrs.js), so this
// module cannot import it. Compiled code calls $m_format / $m_format_map (builtins.js).
import { ValueError, IndexError, KeyError } from "./exceptions.js";
import { $method_fallback as fb } from "./mfallback.js";
import { KW } from "./kw.js";
import { $fstr } from "./format.js";
import { $getitem } from "./items.js";
import { Dict } from "./dict.js";


function getField(getattr, name, args, kwargs, auto) {
  // name: "", "0", "key", followed by .attr / [idx] parts
  const m = /^([^.[]*)(.*)$/s.exec(name);
  let first = m[1];
  let rest = m[2];
  let v;
  if (first === "") {
    if (auto.mode === "manual") throw new ValueError("cannot switch from manual field specification to automatic field numbering");
    auto.mode = "auto";
    first = auto.n++;
  } else if (/^\d+$/.test(first)) {
    if (auto.mode === "auto") throw new ValueError("cannot switch from automatic field numbering to manual field specification");
    auto.mode = "manual";
    first = +first;
  }
  if (typeof first === "number") {
    if (first >= args.length) throw new IndexError(`Replacement index ${first} out of range for positional args tuple`);
    v = args[first];
  } else {
    if (kwargs === null) throw new KeyError(first);
    if (kwargs instanceof Dict) {
      if (!kwargs.$has(first)) throw new KeyError(first);
      v = kwargs.$get(first);
    } else if (typeof kwargs.__getitem__ === "function") v = kwargs.__getitem__(first);
    else {
      if (!Object.prototype.hasOwnProperty.call(kwargs, first)) throw new KeyError(first);
      v = kwargs[first];
    }
  }
  while (rest) {
    let mm;
    if ((mm = /^\.([^.[]+)/.exec(rest))) {
      v = getattr(v, mm[1]);
    } else if ((mm = /^\[([^\]]+)\]/.exec(rest))) {
      const key = /^\d+$/.test(mm[1]) ? +mm[1] : mm[1];
      v = $getitem(v, key);
    } else {
      throw new ValueError("Only '.' or '[' may follow ']' in format field specifier");
    }
    rest = rest.slice(mm[0].length);
  }
  return v;
}

function vformat(getattr, fmt, args, kwargs, auto, depth) {
  if (depth > 2) throw new ValueError("Max string recursion exceeded");
  let out = "";
  const n = fmt.length;
  let i = 0;
  while (i < n) {
    const c = fmt[i];
    if (c === "{") {
      if (fmt[i + 1] === "{") { out += "{"; i += 2; continue; }
      // find matching close brace, allowing nested {} in the spec
      let j = i + 1, level = 1;
      while (j < n && level > 0) {
        if (fmt[j] === "{") level++;
        else if (fmt[j] === "}") level--;
        if (level > 0) j++;
      }
      if (j >= n) {
        if (i === n - 1) throw new ValueError("Single '{' encountered in format string");
        throw new ValueError("expected '}' before end of string");
      }
      const field = fmt.slice(i + 1, j);
      // split name!conv:spec (the name part may contain [..] with ':' or '!')
      let k = 0, inBracket = false;
      for (; k < field.length; k++) {
        const ch = field[k];
        if (ch === "[") inBracket = true;
        else if (ch === "]") inBracket = false;
        else if (!inBracket && (ch === "!" || ch === ":")) break;
      }
      const name = field.slice(0, k);
      let conv = null, spec = "";
      let rest = field.slice(k);
      if (rest[0] === "!") {
        conv = rest[1];
        if (conv === undefined || (rest.length > 2 && rest[2] !== ":")) {
          throw new ValueError("expected ':' after conversion specifier");
        }
        if (!"rsa".includes(conv)) throw new ValueError(`Unknown conversion specifier ${conv}`);
        rest = rest.slice(2);
      }
      if (rest[0] === ":") spec = rest.slice(1);
      const v = getField(getattr, name, args, kwargs, auto);
      if (spec.includes("{")) spec = vformat(getattr, spec, args, kwargs, auto, depth + 1);
      out += $fstr(v, spec, conv);
      i = j + 1;
    } else if (c === "}") {
      if (fmt[i + 1] === "}") { out += "}"; i += 2; continue; }
      throw new ValueError("Single '}' encountered in format string");
    } else {
      const j = fmt.indexOf("{", i), k = fmt.indexOf("}", i);
      let e = n;
      if (j >= 0) e = j;
      if (k >= 0 && k < e) e = k;
      out += fmt.slice(i, e);
      i = e;
    }
  }
  return out;
}

export function str_format(getattr, r, a) {
  if (typeof r !== "string") return fb(r, "format", a);
  let kwargs = null;
  if (a.length && a[a.length - 1] instanceof KW) kwargs = a.pop().o;
  return vformat(getattr, r, a, kwargs, { mode: null, n: 0 }, 0);
}

export function str_format_map(getattr, r, a) {
  if (typeof r !== "string") return fb(r, "format_map", a);
  return vformat(getattr, r, [], a[0], { mode: null, n: 0 }, 0);
}
