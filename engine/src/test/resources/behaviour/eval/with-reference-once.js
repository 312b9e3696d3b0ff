// An assignment inside `with` resolves its target once, before the right side runs (13.15.2):
// the store goes where the name was found even if the right side or a getter changes the scopes.
function plain() {
  var x = 0;
  var scope = {};
  with (scope) {
    x = (scope.x = 2, 1);
  }
  return [scope.x, x].join();
}
print(plain());
function compound() {
  var x = 0;
  var scope = { get x() { delete this.x; return 2; } };
  with (scope) {
    x ^= 3;
  }
  return [scope.x, x].join();
}
print(compound());
function update() {
  var x = 10;
  var scope = { get x() { delete this.x; return 5; } };
  with (scope) {
    x++;
  }
  return [scope.x, x].join();
}
print(update());
function logical() {
  var x = 0;
  var scope = { x: 0 };
  with (scope) {
    x ||= (delete scope.x, 7);
  }
  return [scope.x, x].join();
}
print(logical());
// a sloppy eval var, deleted by the right side: the store recreates it in the eval's scope
function evalVar() {
  eval("var y = 1");
  y = (delete y, 5);
  return typeof y + " " + y;
}
print(evalVar());
// expect: 2,1
// expect: 1,0
// expect: 6,10
// expect: 7,0
// expect: number 5
