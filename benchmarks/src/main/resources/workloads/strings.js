// Workload "strings": string building and concatenation. Builds a CSV-like text with += in a
// loop, an HTML list from many small pieces, a joined array of generated words, then reads them
// back (charCodeAt scans, indexOf, slice, split, toUpperCase, replace with a string pattern).

function pad(n, width) {
    var s = "" + n;
    while (s.length < width) {
        s = "0" + s;
    }
    return s;
}

function run() {
    var i;
    // 1. Appending in a loop.
    var csv = "";
    for (i = 0; i < 20000; i++) {
        csv += "row" + i + "," + (i * 7 % 1000) + "," + pad(i % 97, 3) + "\n";
    }
    // 2. Many small concatenations into a larger document.
    var html = "<ul>\n";
    for (i = 0; i < 5000; i++) {
        html += "  <li class=\"item-" + (i % 10) + "\" id='n" + i + "'>" + String.fromCharCode(65 + i % 26)
            + " &amp; " + i.toString(16) + "</li>\n";
    }
    html += "</ul>\n";
    // 3. Pieces collected in an array and joined.
    var words = [];
    for (i = 0; i < 20000; i++) {
        words.push(String.fromCharCode(97 + i % 26, 97 + (i * 7) % 26, 97 + (i * 13) % 26) + (i % 100));
    }
    var text = words.join(" ");
    // Reading back.
    var lines = 0;
    for (i = 0; i < csv.length; i++) {
        if (csv.charCodeAt(i) === 10) {
            lines++;
        }
    }
    var found = 0;
    var at = html.indexOf("item-7");
    while (at >= 0) {
        found++;
        at = html.indexOf("item-7", at + 1);
    }
    var upper = text.toUpperCase();
    var parts = upper.split(" ");
    var longest = 0;
    for (i = 0; i < parts.length; i++) {
        if (parts[i].length > longest) {
            longest = parts[i].length;
        }
    }
    var middle = csv.slice(csv.length >> 1, (csv.length >> 1) + 40);
    var replaced = html.replace("</ul>", "</ol>").length;
    var checksum = csv.length + html.length * 3 + text.length * 7 + lines + found * 11 + longest
        + middle.length + replaced + upper.charCodeAt(12345);
    if (checksum !== EXPECTED) {
        throw new Error("wrong result: strings checksum " + checksum + ", expected " + EXPECTED);
    }
    return checksum;
}

var EXPECTED = 2156417;
