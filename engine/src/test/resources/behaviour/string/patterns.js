// The pattern protocol: objects with Symbol.replace/split/match/search take over; strings are literal.
var censor = {
  [Symbol.replace](str, replacement) { return str.split("bad").join(replacement); },
  [Symbol.split](str, limit) { return ["custom", str, limit]; },
  [Symbol.match](str) { return "matched " + str; },
  [Symbol.search](str) { return str.length; },
};
print("a bad day, bad luck".replace(censor, "***"));
print("x".split(censor, 3).join("/"));
print("abc".match(censor), "abcd".search(censor));
print("a.b.c".split("."), "a.b.c".replace(".", "$'"), "a+b".replace("+", "$`$`"));
print("$1 costs".replace("$1", "$$5"), "x".replace("x", "$0$1$10"));
// a string pattern becomes a RegExp for match
print("abc".match("b")[0], "a.c".search("."));
// expect: a *** day, *** luck
// expect: custom/x/3
// expect: matched abc 4
// expect: a,b,c ab.cb.c aaab
// expect: $5 costs $0$1$10
// expect: b 0
