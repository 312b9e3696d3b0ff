// Typed arrays share bytes with their buffer and with other views on it.
var buffer = new ArrayBuffer(8);
var bytes = new Uint8Array(buffer);
var words = new Uint32Array(buffer);
words[0] = 0x01020304;
print(bytes[0], bytes[3], new DataView(buffer).getUint32(0), new DataView(buffer).getUint32(0, true));
// expect: 4 1 67305985 16909060
var clamped = new Uint8ClampedArray([-5, 1.5, 2.5, 300]);
print(clamped.join(), new Int8Array([200]).join(), new Float32Array([0.1])[0]);
// expect: 0,2,2,255 -56 0.10000000149011612
var f = new Float64Array([3, -0, 0, NaN, -Infinity]).sort();
print(f.join(), 1 / f[1]);
// expect: -Infinity,0,0,3,NaN -Infinity
var ta = new Int16Array(2);
ta["1.5"] = 7; ta[-1] = 7; ta[5] = 7;
print(Object.keys(ta).join(), ta["1.5"], ta.length);
// expect: 0,1 undefined 2
var big = new BigInt64Array([2n ** 63n]);
print(big[0], new BigUint64Array(big.buffer)[0]);
// expect: -9223372036854775808 9223372036854775808
big[0] = 1;
// expect error: TypeError: Cannot convert 1 to a BigInt
