// Date through its UTC methods only, so that the output does not depend on the host's zone.
var d = new Date(Date.UTC(2024, 1, 29, 23, 59, 59, 999));
print(d.toISOString(), d.getUTCDay(), d.toUTCString());
// expect: 2024-02-29T23:59:59.999Z 4 Thu, 29 Feb 2024 23:59:59 GMT
d.setUTCMilliseconds(1000);
print(d.toISOString());
// expect: 2024-03-01T00:00:00.000Z
d.setUTCFullYear(2023);
print(d.toISOString(), d.setUTCMonth(12), d.getUTCFullYear());
// expect: 2023-03-01T00:00:00.000Z 1704067200000 2024
print(Date.UTC(99), Date.UTC(-1, 0) < 0, new Date(8.64e15 + 1).getTime(), String(new Date(NaN)));
// expect: 915148800000 true NaN Invalid Date
print(Date.parse("2000-01-01T00:00:00Z"), Date.parse("Sat, 01 Jan 2000 00:00:00 GMT"), Date.parse("2000-13-01"));
// expect: 946684800000 946684800000 NaN
print(JSON.stringify([new Date(0), new Date(NaN)]), new Date(0) - 1, typeof (new Date(0) + 1));
// expect: ["1970-01-01T00:00:00.000Z",null] -1 string
print(Date.prototype.toGMTString === Date.prototype.toUTCString, Date.length, Object.prototype.toString.call(new Date(0)));
// expect: true 7 [object Date]
new Date(NaN).toISOString();
// expect error: RangeError: Invalid time value
