// A small log tokenizer: literals, named groups, global exec loop, replace with a function, split.
var log = "2024-05-01 12:00:01 INFO  start\n2024-05-01 12:00:02 WARN  disk 91%\n2024-05-01 12:00:03 ERROR lost /dev/sda";
var line = /^(?<date>\d{4}-\d{2}-\d{2}) (?<time>[\d:]+) (?<level>[A-Z]+)\s+(?<text>.*)$/gm;
var m;
while ((m = line.exec(log)) !== null) {
  print(m.index + " " + m.groups.level + " [" + m.groups.text + "]");
}
// expect: 0 INFO [start]
// expect: 32 WARN [disk 91%]
// expect: 67 ERROR [lost /dev/sda]
print(log.split(/\n/).length, line.lastIndex);
// expect: 3 0
print(log.match(/\b[A-Z]{4,5}\b/g).join());
// expect: INFO,WARN,ERROR
print("disk 91%".replace(/(\d+)%/, function (all, n) { return (100 - n) + "% free"; }));
// expect: disk 9% free
print("a-b_c".replace(/[-_]/g, "$&$&"), "x".replace(/x/, "$'$`[$$]"));
// expect: a--b__c [$]
print(String(/a\/b/gi), new RegExp("/", "y").source, RegExp.prototype.toString.call(/(?:)/));
// expect: /a\/b/gi \/ /(?:)/
print(Array.of(..."a1b22".matchAll(/\d+/g)).map(function (x) { return x[0] + "@" + x.index; }).join());
// expect: 1@1,22@3
new RegExp("[");
// expect error: SyntaxError: Invalid regular expression: /[/: Unterminated character class
