// String.prototype in everyday use.
var s = "  Hello, World  ";
print("[" + s.trim() + "]", "[" + s.trimStart() + "]", "[" + s.trimEnd() + "]");
var t = s.trim();
print(t.toUpperCase(), t.toLowerCase(), t.length);
print(t.indexOf("o"), t.lastIndexOf("o"), t.includes("World"), t.startsWith("Hell"), t.endsWith("!"));
print(t.slice(-5), t.substring(7, 5), t.substr(7, 3), t.at(0), t.charAt(4), t.charCodeAt(0));
print(t.split(", ").join("|"), t.split("").length, t.split("l", 2).join("|"));
print(t.replace("l", "L"), t.replaceAll("l", "L"), t.replace("World", "[$&]"), t.replace("o", (m, i) => i));
print("7".padStart(3, "0"), "ab".padEnd(5, "-="), "ha".repeat(3), "a".concat(1, null));
print("caf\u00e9" === "cafe\u0301".normalize(), "\u00c5".normalize("NFD").length);
print("a😀b".length, [..."a😀b"].length, "😀".codePointAt(0), String.fromCodePoint(128512) === "😀");
print(String.raw`x\ty${1 + 1}`, String.fromCharCode(72, 105));
print("ΑΣ".toLowerCase(), "straße".toUpperCase());
print("x".link("a\"b"), "y".bold());
// expect: [Hello, World] [Hello, World  ] [  Hello, World]
// expect: HELLO, WORLD hello, world 12
// expect: 4 8 true true false
// expect: World ,  Wor H o 72
// expect: Hello|World 12 He|
// expect: HeLlo, World HeLLo, WorLd Hello, [World] Hell4, World
// expect: 007 ab-=- hahaha a1null
// expect: true 2
// expect: 4 3 128512 true
// expect: x\ty2 Hi
// expect: ας STRASSE
// expect: <a href="a&quot;b">x</a> <b>y</b>
