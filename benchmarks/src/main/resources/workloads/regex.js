// Workload "regex": regular-expression tokenizing of a generated log of about 1 MB. Each run
// splits it into lines with a regex, takes each line apart with a handful of patterns (level and
// worker, request line with optional query, status and duration, IPv4 addresses, key=value
// pairs) using exec and lastIndex loops, then scans the whole text (multiline ^...$, match, test)
// and rewrites the user fields with replace and a replacement function.

var LOG_TEXT = (function () {
    var levels = ["INFO", "INFO", "INFO", "WARN", "DEBUG", "ERROR"];
    var methods = ["GET", "POST", "PUT", "DELETE"];
    var users = ["alice", "bob", "carol", "dave", "erin", "frank", "grace"];
    var domains = ["example.org", "mail.test", "corp.example.com"];
    var lines = [];
    var seed = 7;
    var size = 0;
    for (var i = 0; size < 1000000; i++) {
        seed = (seed * 69069 + 1) % 4294967296;
        var s = seed >>> 8;
        var line = "2024-03-" + (10 + i % 18) + "T" + (10 + s % 14) + ":" + (10 + s % 50) + ":" + (10 + (s >> 3) % 50)
            + "." + (100 + s % 900) + "Z " + levels[s % 6] + " [worker-" + (s % 16) + "] "
            + methods[(s >> 2) % 4] + " /api/v" + (1 + s % 3) + "/items/" + (s % 100000)
            + (s % 4 === 0 ? "?page=" + (s % 9) + "&sort=desc" : "")
            + " " + (s % 11 === 0 ? 500 : s % 7 === 0 ? 404 : 200) + " " + (s % 3000) + "ms"
            + " user=" + users[s % 7] + "@" + domains[(s >> 4) % 3]
            + " ip=" + (s % 256) + "." + ((s >> 8) % 256) + ".0." + ((s >> 5) % 256)
            + (s % 13 === 0 ? " retry=true attempt=" + (s % 4) : "");
        lines.push(line);
        size += line.length + 1;
    }
    return lines.join("\n") + "\n";
})();

function countMatches(re, text) {
    re.lastIndex = 0;
    var n = 0;
    while (re.exec(text) !== null) {
        n++;
    }
    return n;
}

var LEVEL = /Z (INFO|WARN|DEBUG|ERROR) \[worker-(\d+)\]/;
var REQUEST = /(GET|POST|PUT|DELETE) (\/api\/v\d\/items\/\d+)(?:\?([\w=&]+))? (\d{3}) (\d+)ms/;
var IPV4 = /\b(?:\d{1,3}\.){3}\d{1,3}\b/g;
var PAIR = /\b[a-z]+=[^\s&]+/g;

function run() {
    var text = LOG_TEXT;
    // Line by line, as a tokenizer would: split, then patterns per line.
    var lines = text.split(/\n/);
    var errors = 0, warnings = 0, slow = 0, failed = 0, withQuery = 0, ips = 0, pairs = 0, m;
    for (var i = 0; i < lines.length; i++) {
        var line = lines[i];
        if (line.length === 0) {
            continue;
        }
        m = LEVEL.exec(line);
        if (m[1] === "ERROR") {
            errors++;
        } else if (m[1] === "WARN") {
            warnings++;
        }
        m = REQUEST.exec(line);
        if (+m[5] >= 2500) {
            slow++;
        }
        if (m[4] !== "200") {
            failed++;
        }
        if (m[3] !== undefined) {
            withQuery++;
        }
        ips += countMatches(IPV4, line);
        pairs += countMatches(PAIR, line);
    }
    // Whole-text operations: a multiline global scan, match, test, replace with a function.
    var nonEmpty = countMatches(/^.+$/gm, text);
    var emails = text.match(/[a-z]+@[a-z]+(?:\.[a-z]+)+/g).length;
    var retry = /retry=true attempt=3/.test(text) ? 1 : 0;
    var rewritten = text.replace(/user=([a-z]+)@([a-z.]+)/g, function (all, user, domain) {
        return "user=" + user.charAt(0).toUpperCase() + user.length + "@" + domain.split(".").length;
    });
    var checksum = nonEmpty + errors * 3 + warnings * 5 + slow * 7 + failed * 11 + withQuery * 13 + ips * 17
        + emails * 19 + pairs * 23 + retry + rewritten.length;
    if (checksum !== EXPECTED) {
        throw new Error("wrong result: regex checksum " + checksum + ", expected " + EXPECTED + " (lines " + nonEmpty
            + ", errors " + errors + ", requests slow/failed/query " + slow + "/" + failed + "/" + withQuery
            + ", ips " + ips + ", emails " + emails + ", pairs " + pairs + ", length " + rewritten.length + ")");
    }
    return checksum;
}

var EXPECTED = 1760437;
