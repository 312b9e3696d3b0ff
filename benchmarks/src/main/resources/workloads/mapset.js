// Workload "mapset": Map and Set churn. Inserts, looks up, updates and deletes integer and
// string keys (and object keys in a Set), iterates with forEach, and clears, so that the hash
// tables grow, shrink and rehash.

function run() {
    var map = new Map();
    var names = new Set();
    var objects = new Set();
    var hits = 0;
    var seed = 2024;
    for (var i = 0; i < 100000; i++) {
        seed = (seed * 69069 + 1) % 4294967296;
        var k = seed % 20000;
        if (map.has(k)) {
            hits++;
            map.set(k, map.get(k) + 1);
        } else {
            map.set(k, 1);
        }
        if ((seed & 3) === 0) {
            map["delete"]((k + 7) % 20000);
        }
        var name = "user-" + (seed % 5000);
        if (names.has(name)) {
            names["delete"](name);
        } else {
            names.add(name);
        }
        if (i % 10 === 0) {
            objects.add({ id: i });
        }
    }
    var total = 0;
    map.forEach(function (v, key) {
        total += v * (key % 10);
    });
    var nameChars = 0;
    names.forEach(function (n) {
        nameChars += n.length;
    });
    var ids = 0;
    objects.forEach(function (o) {
        ids += o.id;
    });
    var checksum = map.size + names.size * 3 + objects.size * 5 + hits + total + nameChars + ids % 1000003;
    objects.clear();
    if (checksum !== EXPECTED || objects.size !== 0) {
        throw new Error("wrong result: mapset checksum " + checksum + ", expected " + EXPECTED);
    }
    return checksum;
}

var EXPECTED = 1466228;
