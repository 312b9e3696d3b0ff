// JSON.parse with a reviver, JSON.stringify with replacers, indentation and toJSON.
var text = '{"name":"oryx","tags":["js","java"],"version":{"major":1,"minor":0},"drop":true}';
var value = JSON.parse(text, function (key, v) {
  if (key === "drop") return undefined;
  if (key === "minor") return v + 1;
  return v;
});
print(JSON.stringify(value));
// expect: {"name":"oryx","tags":["js","java"],"version":{"major":1,"minor":1}}
print(JSON.stringify(value, ["version", "major"], 2));
// expect: {
// expect:   "version": {
// expect:     "major": 1
// expect:   }
// expect: }
print(JSON.stringify({when: new Date(Date.UTC(2020, 1, 29)), n: [1, NaN, undefined], s: "\t\ud800\n"}));
// expect: {"when":"2020-02-29T00:00:00.000Z","n":[1,null,null],"s":"\t\ud800\n"}
print(JSON.stringify({toJSON: function (k) { return {key: k}; }}), JSON.stringify("x", null, 4), JSON.stringify(undefined));
// expect: {"key":""} "x" undefined
var big = [];
for (var i = 0; i < 5000; i++) big = [big];
print(JSON.stringify(big).length, JSON.parse(JSON.stringify(big)).length);
// expect: 10002 1
try { JSON.parse('{"a": [1, 2,]}'); } catch (e) { print(e.name + ": " + e.message); }
// expect: SyntaxError: Unexpected token ']' in JSON at position 12
var cyclic = {name: "loop"};
cyclic.self = cyclic;
JSON.stringify(cyclic);
// expect error: TypeError: Converting circular structure to JSON
