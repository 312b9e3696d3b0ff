// Workload "json": JSON.parse and JSON.stringify of a generated document of about 1 MB (an
// array of customer records with nested objects, arrays, strings with escapes, integers,
// fractions, booleans and nulls). Each run parses the text, checks a few sums over the parsed
// data, stringifies it again and compares with the original text.

var DOCUMENT_TEXT = (function () {
    var cities = ["Lisbon", "Oslo", "Quito", "Hanoi", "Perth", "Accra", "Lima", "Kyoto"];
    var tags = ["new", "vip", "late", "trial", "\"quoted\"", "tab\there", "line\nbreak", "caf\u00e9"];
    var records = [];
    var seed = 42;
    for (var i = 0; i < 2400; i++) {
        seed = (seed * 69069 + 1) % 4294967296;
        var history = [];
        for (var h = 0; h < 6; h++) {
            history.push({ day: (seed + h * 37) % 365, amount: ((seed >>> h) % 100000) / 100, ok: h % 3 !== 0 });
        }
        records.push({
            id: i,
            name: "Customer " + i,
            email: "user" + i + "@example.org",
            active: ((seed >>> 5) & 1) === 1,
            score: (seed % 1000) / 8,
            manager: i % 5 === 0 ? null : i - (i % 5),
            tags: [tags[seed % 8], tags[(seed >>> 3) % 8]],
            address: { street: (seed % 900 + 1) + " Main St", city: cities[i % 8], zip: "" + (10000 + seed % 89999) },
            history: history
        });
    }
    return JSON.stringify({ version: 3, generated: "2024-01-01", records: records });
})();

function run() {
    var doc = JSON.parse(DOCUMENT_TEXT);
    var records = doc.records;
    var ids = 0;
    var cents = 0;
    var active = 0;
    for (var i = 0; i < records.length; i++) {
        var r = records[i];
        ids += r.id;
        if (r.active) {
            active++;
        }
        for (var h = 0; h < r.history.length; h++) {
            cents += Math.round(r.history[h].amount * 100);
        }
    }
    var text = JSON.stringify(doc);
    if (text !== DOCUMENT_TEXT || ids !== 2878800 || active !== EXPECTED_ACTIVE || cents !== EXPECTED_CENTS) {
        throw new Error("wrong result: json length " + text.length + "/" + DOCUMENT_TEXT.length + " ids " + ids
            + " active " + active + " cents " + cents);
    }
    return text.length;
}

var EXPECTED_ACTIVE = 1195;
var EXPECTED_CENTS = 721554389;
