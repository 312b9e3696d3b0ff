// Array.prototype in everyday use: chains of methods, holes, array-likes and species.
function show(a) {
  var s = [];
  for (var i = 0; i < a.length; i++) s.push(i in a ? String(a[i]) : "_");
  return "[" + s.join(",") + "]";
}

var nums = [5, 1, 4, 2, 3];
print(nums.filter(n => n % 2).map(n => n * 10).join(" "));
print(nums.slice().sort((a, b) => a - b).join(""), nums.join(""));
print(nums.reduce((acc, n) => acc + n, 0), nums.reduceRight((acc, n) => acc + n, ""));
print(nums.indexOf(4), nums.lastIndexOf(9), nums.includes(3), nums.at(-2));
print(nums.find(n => n > 3), nums.findIndex(n => n > 3), nums.findLast(n => n > 3), nums.findLastIndex(n => n > 3));
print(nums.some(n => n > 4), nums.every(n => n > 0));

var holey = [1, , 3];
print(show(holey.map(x => x * 2)), show(holey.concat([, 5])), show(holey.slice(1)));
print(show([3, undefined, , 1].sort()));
print(show([0, 1, 2, 3, 4].copyWithin(1, 3)), show(new Array(3).fill("z")));
print(show([[1, [2]], [3]].flat()), show([[1, [2]], [3]].flat(Infinity)), show([1, 2].flatMap(x => [x, [x]])));

var stack = [];
stack.push(1, 2, 3);
print(stack.pop(), stack.shift(), stack.unshift(0, 0.5), show(stack));
var removed = stack.splice(1, 1, "a", "b");
print(show(removed), show(stack), show(stack.reverse()));

var like = { length: 3, 0: "x", 2: "z" };
print(Array.prototype.join.call(like, "-"), show(Array.from(like)), Array.prototype.map.call("abc", c => c.toUpperCase()).join(""));

class Stack extends Array {
  top() { return this[this.length - 1]; }
}
var s2 = Stack.from([1, 2, 3]).map(x => x + 1);
print(s2 instanceof Stack, s2.top(), Stack.of(9).top());

for (const [i, v] of ["a", "b"].entries()) print(i, v);
print([...[7, 8].keys()].join(), String([1, [2, [3]]]), [1, 2].toLocaleString());

// expect: 50 10 30
// expect: 12345 51423
// expect: 15 32415
// expect: 2 -1 true 2
// expect: 5 0 4 2
// expect: true true
// expect: [2,_,6] [1,_,3,_,5] [_,3]
// expect: [1,3,undefined,_]
// expect: [0,3,4,3,4] [z,z,z]
// expect: [1,2,3] [1,2,3] [1,1,2,2]
// expect: 3 1 3 [0,0.5,2]
// expect: [0.5] [0,a,b,2] [2,b,a,0]
// expect: x--z [x,undefined,z] ABC
// expect: true 4 9
// expect: 0 a
// expect: 1 b
// expect: 0,1 1,2,3 1,2
