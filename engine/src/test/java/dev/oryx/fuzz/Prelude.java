package dev.oryx.fuzz;

/**
 * The JavaScript text every generated program starts with, the same in every engine: the host
 * supplies only {@code $out(line)}, a sink for one line of output. {@code print} is String() of
 * each argument joined by spaces (the command line's print); {@code $show} renders a value
 * unambiguously (-0, quoted strings, BigInt suffix, array holes, own enumerable properties);
 * {@code $err} names a thrown value without its message (messages differ between engines and
 * the specification leaves them open); {@code $tick} spends the program's fuel, so every
 * generated function and loop body ends after a bounded number of steps; {@code $drive} runs a
 * generator to completion (the suspension-transparency law); {@code $jsonLaw} checks that
 * {@code JSON.stringify} of a value parses back to a value that stringifies the same.
 */
final class Prelude {
    /** Calls and loop iterations a program may make before {@code $tick} throws. */
    static final int FUEL = 150;

    static final String SOURCE = """
        var $fuel = %d;
        function $tick() { if (--$fuel < 0) throw new RangeError("out of fuel"); }
        function print(...args) { $out(args.map(function (a) { return String(a); }).join(" ")); }
        function $show(v, depth) {
          depth = depth || 0;
          switch (typeof v) {
            case "number": return Object.is(v, -0) ? "-0" : String(v);
            case "bigint": return String(v) + "n";
            case "string": return JSON.stringify(v);
            case "symbol": return String(v);
            case "undefined": return "undefined";
            case "boolean": return String(v);
            case "function": return "<function " + (typeof v.name === "string" ? v.name : "?") + ">";
          }
          if (v === null) return "null";
          if (depth > 3) return "<deep>";
          if (Array.isArray(v)) {
            var s = "[";
            for (var i = 0; i < v.length && i < 40; i++) {
              if (i > 0) s += ",";
              s += i in v ? $show(v[i], depth + 1) : "<hole>";
            }
            if (v.length > 40) s += ",<length " + v.length + ">";
            return s + "]";
          }
          if (v instanceof Error) return "<" + v.name + ">";
          if (v instanceof Promise) return "<promise>";
          if (v instanceof Map) {
            var m = "Map{";
            v.forEach(function (value, key) { m += $show(key, depth + 1) + "=>" + $show(value, depth + 1) + ";"; });
            return m + "}";
          }
          if (v instanceof Set) {
            var t = "Set{";
            v.forEach(function (value) { t += $show(value, depth + 1) + ";"; });
            return t + "}";
          }
          var proto = Object.getPrototypeOf(v);
          var name = proto === null ? "null" : proto === Object.prototype ? ""
            : Object.prototype.hasOwnProperty.call(proto, "constructor") && typeof proto.constructor === "function"
              ? String(proto.constructor.name) : Object.prototype.toString.call(v);
          var keys = Object.keys(v);
          var o = name + "{";
          for (var k = 0; k < keys.length && k < 40; k++) {
            o += (k > 0 ? "," : "") + keys[k] + ":" + $show(v[keys[k]], depth + 1);
          }
          return o + "}";
        }
        function $err(e) {
          if (e instanceof Error) return e.name;
          return "throw " + $show(e);
        }
        function $jsonLaw(v) {
          var text;
          try { text = JSON.stringify(v); } catch (e) { return "stringify throws " + $err(e); }
          if (text === undefined) return "not serializable";
          var again = JSON.stringify(JSON.parse(text));
          return again === text ? "round trip " + text.length : "BROKEN " + text + " -> " + again;
        }
        function $drive(iterator) {
          var step;
          while (!(step = iterator.next()).done) {}
          return step.value;
        }
        """.formatted(FUEL);

    /** Lines of {@link #SOURCE}: program line numbers in messages are offset by this much. */
    static final int LINES = (int) SOURCE.chars().filter(c -> c == '\n').count();

    private Prelude() {
    }
}
